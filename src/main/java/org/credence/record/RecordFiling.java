package org.credence.record;

import java.time.LocalDate;
import org.credence.catalog.RecordType;
import org.credence.catalog.Severity;
import org.jspecify.annotations.Nullable;

/**
 * A command to file a record, already validated against the catalogue by the caller: the subject resolved to its id,
 * the type as the edition in force defines it. Filing is idempotent on (provider, source reference).
 *
 * @param payload canonical JSON object text (keys sorted) or {@code null}
 * @param reason why the provider submits or corrects it, for the history; {@code null} for the default
 * @param line the line of the submitted file (1 for a single submission)
 */
public record RecordFiling(
        long subjectId,
        String providerCode,
        String sourceReference,
        RecordType type,
        String editionCode,
        @Nullable Severity severity,
        @Nullable String decisionNumber,
        @Nullable String legalBasis,
        LocalDate decisionDate,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        String summary,
        @Nullable String payload,
        @Nullable String reason,
        long line) {}
