package org.credence.ingest;

import org.jspecify.annotations.Nullable;

/**
 * One record as a provider submits it, every field as the text it sent (a CSV cell, a JSON string), so that each can
 * be rejected with its own problem. Dates are ISO {@code yyyy-MM-dd}; the payload is a JSON object's text.
 */
public record RecordSubmission(
        @Nullable String identifier,
        @Nullable String recordType,
        @Nullable String severity,
        @Nullable String sourceReference,
        @Nullable String decisionNumber,
        @Nullable String legalBasis,
        @Nullable String decisionDate,
        @Nullable String effectiveFrom,
        @Nullable String effectiveTo,
        @Nullable String summary,
        @Nullable String payload,
        @Nullable String reason) {}
