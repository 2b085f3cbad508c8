package org.credence.record;

import java.util.List;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.jspecify.annotations.Nullable;

/** Published when a provider corrects a record, in the correcting transaction; names the changed fields. */
public record RecordCorrected(
        long recordId,
        long subjectId,
        String recordType,
        Polarity polarity,
        @Nullable Severity severity,
        int version,
        List<String> changedFields) {

    public RecordCorrected {
        changedFields = List.copyOf(changedFields);
    }
}
