package org.credence.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters for a subject's records: type, status and a range of decision dates (inclusive); all optional. */
public record RecordFilter(
        @Nullable String recordType,
        @Nullable RecordStatus status,
        @Nullable LocalDate decidedFrom,
        @Nullable LocalDate decidedTo) {

    public static final RecordFilter NONE = new RecordFilter(null, null, null, null);
}
