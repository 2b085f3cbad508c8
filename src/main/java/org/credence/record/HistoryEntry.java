package org.credence.record;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One event in a record's append-only history: who ({@code actor}), when, why ({@code reason}) and what changed.
 *
 * @param version the record's version after the event
 * @param batchId the submission batch the event came from, if any, and its line
 */
public record HistoryEntry(
        long eventId,
        int version,
        Kind kind,
        @Nullable RecordStatus fromStatus,
        RecordStatus toStatus,
        String actor,
        @Nullable String reason,
        List<FieldChange> changes,
        @Nullable Long batchId,
        @Nullable Long batchLine,
        OffsetDateTime occurredAt) {

    /** What happened to the record. */
    public enum Kind {
        FILED,
        CORRECTED,
        STATUS_CHANGED
    }

    public HistoryEntry {
        changes = List.copyOf(changes);
    }
}
