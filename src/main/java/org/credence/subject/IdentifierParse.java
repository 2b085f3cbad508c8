package org.credence.subject;

import java.util.Locale;

/** The outcome of parsing an official identifier: the identifier, or a rejection with a stable reason code. */
public sealed interface IdentifierParse {

    /** Stable reasons for rejecting an identifier; the code is what API errors and import reports carry. */
    enum Reason {
        LENGTH("identifier-length"),
        CHARACTER_SET("identifier-character"),
        REGISTRATION_AUTHORITY("identifier-authority"),
        REGION("identifier-region"),
        BIRTH_DATE("identifier-birth-date"),
        CHECK_CHARACTER("identifier-check"),
        ORGANISATION_CODE_CHECK("identifier-organisation-code-check");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A valid identifier. */
    record Accepted(SubjectIdentifier identifier) implements IdentifierParse {}

    /** An invalid value, with the reason and a message that says exactly what is wrong. */
    record Rejected(Reason reason, String message) implements IdentifierParse {}

    /** The identifier if accepted; otherwise throws {@link InvalidIdentifierException} carrying the reason. */
    default SubjectIdentifier orThrow() {
        return switch (this) {
            case Accepted accepted -> accepted.identifier();
            case Rejected rejected -> throw new InvalidIdentifierException(rejected.reason(), rejected.message());
        };
    }

    /** Trims surrounding whitespace and upper-cases, so that a lowercase {@code x} is accepted. */
    static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }
}
