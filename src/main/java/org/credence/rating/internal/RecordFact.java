package org.credence.rating.internal;

import java.time.LocalDate;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the engine reads of a credit record, as it stood at the evaluated moment.
 *
 * @param publicityMinEnd from when the subject may apply for repair
 * @param publicityMaxEnd when publication stops by itself (the record stops counting that day)
 * @param repairable whether the catalogue lets this type be repaired
 */
record RecordFact(
        long recordId,
        String recordType,
        Polarity polarity,
        @Nullable Severity severity,
        RecordStatus status,
        LocalDate decisionDate,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable LocalDate publicityMinEnd,
        @Nullable LocalDate publicityMaxEnd,
        boolean repairable) {

    RecordFact withStatus(RecordStatus to) {
        return new RecordFact(
                recordId,
                recordType,
                polarity,
                severity,
                to,
                decisionDate,
                effectiveFrom,
                effectiveTo,
                publicityMinEnd,
                publicityMaxEnd,
                repairable);
    }
}
