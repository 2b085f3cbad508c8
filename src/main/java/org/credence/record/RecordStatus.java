package org.credence.record;

/**
 * Where a record stands. {@code CORRECTED} marks a record whose provider changed its content after filing (it stays
 * in force); {@code REPAIRED}, {@code EXPIRED} and {@code REVOKED} end its publicity; {@code REVOKED} is final.
 */
public enum RecordStatus {
    ACTIVE,
    UNDER_OBJECTION,
    CORRECTED,
    REPAIRED,
    EXPIRED,
    REVOKED
}
