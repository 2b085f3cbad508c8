package org.credence.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.credence.catalog.Severity;
import org.credence.ingest.RecordSubmission;
import org.credence.shared.FieldProblem;
import org.credence.subject.IdentifierParse;
import org.credence.subject.SubjectIdentifier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts a submission's text fields to their types, collecting a problem per bad field: required fields present,
 * lengths within the columns, no control characters, ISO dates, a known severity, a valid identifier, a payload that
 * is a JSON object (kept in canonical form, keys sorted, so that equal content compares equal).
 */
final class SubmissionParser {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    ParsedSubmission parse(RecordSubmission s) {
        var work = new Work();
        String identifierText = work.text(SubmissionField.IDENTIFIER, s.identifier());
        SubjectIdentifier identifier = identifierText == null ? null : identifier(identifierText, work);
        String severityText = work.text(SubmissionField.SEVERITY, s.severity());
        String payloadText = work.text(SubmissionField.PAYLOAD, s.payload());
        return new ParsedSubmission(
                identifier,
                work.text(SubmissionField.RECORD_TYPE, s.recordType()),
                severityText == null ? null : severity(severityText, work),
                work.text(SubmissionField.SOURCE_REFERENCE, s.sourceReference()),
                work.text(SubmissionField.DECISION_NUMBER, s.decisionNumber()),
                work.text(SubmissionField.LEGAL_BASIS, s.legalBasis()),
                work.date(SubmissionField.DECISION_DATE, s.decisionDate()),
                work.date(SubmissionField.EFFECTIVE_FROM, s.effectiveFrom()),
                work.date(SubmissionField.EFFECTIVE_TO, s.effectiveTo()),
                work.text(SubmissionField.SUMMARY, s.summary()),
                payloadText == null ? null : payload(payloadText, work),
                work.text(SubmissionField.REASON, s.reason()),
                work.invalid,
                work.problems);
    }

    private static @Nullable SubjectIdentifier identifier(String text, Work work) {
        return switch (SubjectIdentifier.parse(text)) {
            case IdentifierParse.Accepted accepted -> accepted.identifier();
            case IdentifierParse.Rejected rejected -> {
                work.fail(SubmissionField.IDENTIFIER, rejected.reason().code(), rejected.message());
                yield null;
            }
        };
    }

    private static @Nullable Severity severity(String text, Work work) {
        try {
            return Severity.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            work.fail(
                    SubmissionField.SEVERITY, "invalid-severity", "severity is MINOR, GENERAL or SERIOUS, not " + text);
            return null;
        }
    }

    private static @Nullable String payload(String text, Work work) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                work.fail(SubmissionField.PAYLOAD, "invalid-payload", "the payload must be a JSON object");
                return null;
            }
            String canonical = JSON.writeValueAsString(node);
            if (canonical.length() > SubmissionField.PAYLOAD.maxLength()) {
                work.fail(SubmissionField.PAYLOAD, "field-too-long", "the payload exceeds 4000 characters");
                return null;
            }
            return canonical;
        } catch (JacksonException e) {
            work.fail(SubmissionField.PAYLOAD, "invalid-payload", "the payload is not JSON: " + e.getOriginalMessage());
            return null;
        }
    }

    /** The problems found so far while parsing one submission. */
    private static final class Work {

        final Set<SubmissionField> invalid = EnumSet.noneOf(SubmissionField.class);
        final List<FieldProblem> problems = new ArrayList<>(2);

        void fail(SubmissionField field, String code, String message) {
            invalid.add(field);
            problems.add(new FieldProblem(field.apiName(), code, message));
        }

        @Nullable
        String text(SubmissionField field, @Nullable String raw) {
            String value = raw == null ? null : raw.strip();
            if (value == null || value.isEmpty()) {
                if (field.required()) {
                    fail(field, "missing-field", field.apiName() + " is required");
                }
                return null;
            }
            if (value.length() > field.maxLength()) {
                fail(
                        field,
                        "field-too-long",
                        field.apiName() + " has " + value.length() + " characters, at most " + field.maxLength()
                                + " allowed");
                return null;
            }
            if (field != SubmissionField.PAYLOAD && hasControlCharacter(value)) {
                fail(field, "control-character", field.apiName() + " contains a control character");
                return null;
            }
            return value;
        }

        @Nullable
        LocalDate date(SubmissionField field, @Nullable String raw) {
            String value = text(field, raw);
            if (value == null) {
                return null;
            }
            LocalDate date = isoDate(value);
            if (date == null) {
                fail(field, "invalid-date", field.apiName() + " '" + value + "' is not a date (yyyy-MM-dd)");
            }
            return date;
        }
    }

    private static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A {@code yyyy-MM-dd} date, read without a formatter (the bulk path reads millions); {@code null} if not one. */
    static @Nullable LocalDate isoDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
