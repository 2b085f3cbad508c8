package org.credence.catalog;

/** Whether a record counts against its subject, for it, or neither. */
public enum Polarity {
    NEGATIVE,
    POSITIVE,
    NEUTRAL
}
