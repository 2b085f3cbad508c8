package org.credence.listing.internal;

/** How an entry came about: a credit officer's decision, or a rule over a record, repeated entries or a grade. */
enum Origin {
    MANUAL,
    RECORD,
    REPEAT,
    ESCALATE,
    GRADE
}
