package org.credence.record.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.credence.catalog.DisclosureMode;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.record.CreditRecord;
import org.credence.record.HistoryEntry;
import org.credence.record.PublicityDates;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;

/** A record as the API shows it: the payload as JSON, the history when asked for one record. */
record RecordView(
        long recordId,
        long subjectId,
        String providerCode,
        String sourceReference,
        String recordType,
        String editionCode,
        Polarity polarity,
        DisclosureMode disclosure,
        @Nullable Severity severity,
        RecordStatus status,
        int version,
        @Nullable String decisionNumber,
        @Nullable String legalBasis,
        LocalDate decisionDate,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        String summary,
        @JsonRawValue @Nullable String payload,
        PublicityDates publicity,
        OffsetDateTime filedAt,
        OffsetDateTime updatedAt,
        @Nullable List<HistoryEntry> history) {

    static RecordView of(CreditRecord r, @Nullable List<HistoryEntry> history) {
        return new RecordView(
                r.recordId(),
                r.subjectId(),
                r.providerCode(),
                r.sourceReference(),
                r.recordType(),
                r.editionCode(),
                r.polarity(),
                r.disclosure(),
                r.severity(),
                r.status(),
                r.version(),
                r.decisionNumber(),
                r.legalBasis(),
                r.decisionDate(),
                r.effectiveFrom(),
                r.effectiveTo(),
                r.summary(),
                r.payload(),
                r.publicity(),
                r.filedAt(),
                r.updatedAt(),
                history);
    }
}
