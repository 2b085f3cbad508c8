package org.credence.subject.internal.imports;

/** The stable codes of rejected import lines (identifier problems use {@code IdentifierParse.Reason} codes). */
final class ImportCodes {

    static final String INVALID_ENCODING = "invalid-encoding";
    static final String LINE_TOO_LONG = "line-too-long";
    static final String MALFORMED_LINE = "malformed-line";
    static final String MISSING_FIELD = "missing-field";
    static final String WRONG_TYPE = "wrong-type";
    static final String EMPTY_NAME = "empty-name";
    static final String NAME_TOO_LONG = "name-too-long";
    static final String INVALID_REGION = "invalid-region";
    static final String INVALID_STATUS = "invalid-status";
    static final String NOT_APPLICABLE = "field-not-applicable";
    static final String DUPLICATE_IDENTIFIER = "duplicate-identifier";

    static final String IDENTIFIER = "identifier";
    static final String NAME = "name";
    static final String REGION_CODE = "region_code";
    static final String REGISTRATION_STATUS = "registration_status";

    private ImportCodes() {}

    /** The message for a line that {@link LineReader} could not decode. */
    static String lineProblemMessage(String code, int maxLineBytes) {
        return code.equals(LINE_TOO_LONG)
                ? "the line is longer than " + maxLineBytes + " bytes"
                : "the line is not valid UTF-8";
    }
}
