package org.credence.subject;

/**
 * An official identifier of a subject: the resident identity number of a natural person or the unified social credit
 * code of an organisation. Both are 18 characters; {@link #parse(String)} tells them apart by their shape.
 *
 * <p>The clear value ({@link #value()}) never leaves the subject module unless the caller is entitled to it; everywhere
 * else {@link #masked()} is the form to show.
 */
public sealed interface SubjectIdentifier permits ResidentIdentityNumber, UnifiedSocialCreditCode {

    /** The normalised, clear value (uppercase, no whitespace). */
    String value();

    /** The display form with the middle hidden, for example {@code 110105********002X}. */
    String masked();

    /** The kind of subject this identifier names. */
    SubjectKind kind();

    /**
     * Parses either kind of identifier. A value whose 18 characters are digits (the last may be X) is read as a resident
     * identity number unless it is a valid unified social credit code (codes can be all digits); anything else as a
     * unified social credit code, so that the rejection names the most likely mistake.
     */
    static IdentifierParse parse(String raw) {
        String value = IdentifierParse.normalise(raw);
        if (value.length() == 18 && looksLikeIdentityNumber(value)) {
            IdentifierParse person = ResidentIdentityNumber.parse(value);
            // A credit code may be all digits as well: such a code is not a mistyped identity number.
            if (person instanceof IdentifierParse.Rejected
                    && UnifiedSocialCreditCode.parse(value) instanceof IdentifierParse.Accepted code) {
                return code;
            }
            return person;
        }
        if (value.length() != 18) {
            return new IdentifierParse.Rejected(
                    IdentifierParse.Reason.LENGTH, "an identifier has 18 characters, this one has " + value.length());
        }
        return UnifiedSocialCreditCode.parse(value);
    }

    private static boolean looksLikeIdentityNumber(String value) {
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
        }
        char last = value.charAt(17);
        return Character.isDigit(last) || last == 'X';
    }

    /** Masks all but the first {@code head} and last {@code tail} characters with asterisks. */
    static String mask(String value, int head, int tail) {
        return value.substring(0, head)
                + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
