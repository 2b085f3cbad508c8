package org.credence.ingest.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a submission, as named in a JSON line, a CSV header and the API (CSV headers may also be written in
 * snake case or any letter case), whether each is always required, and its longest value.
 */
enum SubmissionField {
    IDENTIFIER("identifier", true, 40),
    RECORD_TYPE("recordType", true, 60),
    SEVERITY("severity", false, 10),
    SOURCE_REFERENCE("sourceReference", true, 100),
    DECISION_NUMBER("decisionNumber", false, 100),
    LEGAL_BASIS("legalBasis", false, 500),
    DECISION_DATE("decisionDate", true, 10),
    EFFECTIVE_FROM("effectiveFrom", false, 10),
    EFFECTIVE_TO("effectiveTo", false, 10),
    SUMMARY("summary", true, 500),
    PAYLOAD("payload", false, 4000),
    REASON("reason", false, 500);

    private final String apiName;
    private final boolean required;
    private final int maxLength;

    SubmissionField(String apiName, boolean required, int maxLength) {
        this.apiName = apiName;
        this.required = required;
        this.maxLength = maxLength;
    }

    String apiName() {
        return apiName;
    }

    boolean required() {
        return required;
    }

    int maxLength() {
        return maxLength;
    }

    /** The field a CSV column header or JSON property names. */
    static Optional<SubmissionField> named(String name) {
        String wanted = loose(name);
        for (SubmissionField field : values()) {
            if (loose(field.apiName).equals(wanted)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static String loose(String name) {
        return name.strip().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }
}
