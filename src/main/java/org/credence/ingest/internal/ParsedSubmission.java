package org.credence.ingest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.credence.catalog.Severity;
import org.credence.shared.FieldProblem;
import org.credence.subject.SubjectIdentifier;
import org.jspecify.annotations.Nullable;

/**
 * A submission with its fields converted to their types. A field is {@code null} when absent or invalid; the invalid
 * ones are listed in {@code invalidFields} with their problems, so that rules skip them instead of reporting twice.
 */
record ParsedSubmission(
        @Nullable SubjectIdentifier identifier,
        @Nullable String recordType,
        @Nullable Severity severity,
        @Nullable String sourceReference,
        @Nullable String decisionNumber,
        @Nullable String legalBasis,
        @Nullable LocalDate decisionDate,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable String summary,
        @Nullable String payload,
        @Nullable String reason,
        Set<SubmissionField> invalidFields,
        List<FieldProblem> problems) {

    ParsedSubmission {
        invalidFields = Set.copyOf(invalidFields);
        problems = List.copyOf(problems);
    }

    boolean invalid(SubmissionField field) {
        return invalidFields.contains(field);
    }
}
