package org.credence.listing;

/**
 * Where a list entry stands. {@code PENDING_NOTICE}: decided, the natural person is being notified before
 * publication (not yet in force); {@code ACTIVE}: in force; the other states end it and say how.
 */
public enum EntryStatus {
    PENDING_NOTICE,
    ACTIVE,
    EXPIRED,
    REMOVED_EARLY,
    REPAIRED,
    REVOKED;

    public boolean isEnded() {
        return this != PENDING_NOTICE && this != ACTIVE;
    }
}
