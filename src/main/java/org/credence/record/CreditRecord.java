package org.credence.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.credence.catalog.DisclosureMode;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.jspecify.annotations.Nullable;

/**
 * A credit record as stored: its subject (by internal id), where it came from, its catalogue type and content, its
 * status and version, and its publicity dates.
 *
 * @param payload the type-specific details as a JSON object text, or {@code null}
 * @param editionCode the catalogue edition the record was last validated against
 */
public record CreditRecord(
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
        @Nullable String payload,
        PublicityDates publicity,
        OffsetDateTime filedAt,
        OffsetDateTime updatedAt) {}
