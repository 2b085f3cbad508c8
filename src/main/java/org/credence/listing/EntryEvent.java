package org.credence.listing;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One event of an entry's append-only history: what happened, who did it (a credit officer and organisation, or
 * {@code system} for rules and scheduled expiry), when, under which decision and why.
 *
 * @param detail what changed besides the status, for example the term end before and after an extension
 */
public record EntryEvent(
        long eventId,
        Action action,
        @Nullable EntryStatus fromStatus,
        EntryStatus toStatus,
        String actor,
        @Nullable String organisation,
        @Nullable String decisionNumber,
        @Nullable String reason,
        @Nullable String detail,
        OffsetDateTime occurredAt) {

    /** What happened to the entry. */
    public enum Action {
        INCLUDED,
        ACTIVATED,
        EXTENDED,
        EXPIRED,
        REMOVED_EARLY,
        REPAIRED,
        REVOKED,
        /** The entry cites its source record's corrected decision, legal basis or facts; its status is unchanged. */
        AMENDED
    }
}
