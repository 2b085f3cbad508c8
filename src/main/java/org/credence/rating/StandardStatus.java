package org.credence.rating;

/** Where a standard version stands: a draft may be changed only by a new draft; published is immutable and public. */
public enum StandardStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
