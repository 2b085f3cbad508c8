package org.credence.ingest.web;

import org.credence.ingest.RecordSubmission;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/v1/records}. The provider is named in the request until access control ties it to the
 * caller; the payload is any JSON object.
 */
record SubmissionRequest(
        @Nullable String provider,
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
        @Nullable JsonNode payload,
        @Nullable String reason) {

    RecordSubmission submission() {
        return new RecordSubmission(
                identifier,
                recordType,
                severity,
                sourceReference,
                decisionNumber,
                legalBasis,
                decisionDate,
                effectiveFrom,
                effectiveTo,
                summary,
                payload == null || payload.isNull() ? null : payload.toString(),
                reason);
    }
}
