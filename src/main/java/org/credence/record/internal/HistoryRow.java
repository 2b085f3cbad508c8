package org.credence.record.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.credence.record.FieldChange;
import org.credence.record.HistoryEntry;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;

/** A history event to append. */
record HistoryRow(
        long subjectId,
        long recordId,
        int version,
        HistoryEntry.Kind kind,
        @Nullable RecordStatus from,
        RecordStatus to,
        String actor,
        @Nullable String reason,
        List<FieldChange> changes,
        @Nullable Long batchId,
        @Nullable Long batchLine,
        OffsetDateTime at) {}
