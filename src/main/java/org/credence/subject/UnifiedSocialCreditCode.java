package org.credence.subject;

import org.jspecify.annotations.Nullable;

/**
 * Unified social credit code (GB 32100-2015): registration authority, organisation type, administrative division,
 * organisation code with its own check (GB 11714), and a MOD 31 check character over the 31-symbol alphabet.
 */
public record UnifiedSocialCreditCode(String value) implements SubjectIdentifier {

    /** The 31 symbols of the code; a character's value is its index here. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String AUTHORITIES = "123456789ANY";

    /** Validates and normalises; prefer {@link #parse(String)}, which reports the reason instead of throwing. */
    public UnifiedSocialCreditCode {
        value = IdentifierParse.normalise(value);
        IdentifierParse.Rejected rejected = check(value);
        if (rejected != null) {
            throw new InvalidIdentifierException(rejected.reason(), rejected.message());
        }
    }

    public static IdentifierParse parse(String raw) {
        String value = IdentifierParse.normalise(raw);
        IdentifierParse.Rejected rejected = check(value);
        return rejected != null ? rejected : new IdentifierParse.Accepted(new UnifiedSocialCreditCode(value));
    }

    private static IdentifierParse.@Nullable Rejected check(String value) {
        if (value.length() != 18) {
            return reject(
                    IdentifierParse.Reason.LENGTH,
                    "a unified social credit code has 18 characters, not " + value.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return reject(
                        IdentifierParse.Reason.CHARACTER_SET,
                        "character " + (i + 1) + " ('" + value.charAt(i)
                                + "') is not in the code's alphabet (digits and capitals except I, O, S, V, Z)");
            }
        }
        if (AUTHORITIES.indexOf(value.charAt(0)) < 0) {
            return reject(
                    IdentifierParse.Reason.REGISTRATION_AUTHORITY,
                    "registration authority '" + value.charAt(0) + "' is not one of 1-9, A, N, Y");
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return reject(
                        IdentifierParse.Reason.REGION,
                        "the administrative division code (characters 3-8) must be digits");
            }
        }
        char innerExpected = organisationCodeCheck(value.substring(8, 16));
        if (value.charAt(16) != innerExpected) {
            return reject(
                    IdentifierParse.Reason.ORGANISATION_CODE_CHECK,
                    "organisation code check (character 17) is " + value.charAt(16) + ", expected " + innerExpected);
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            return reject(
                    IdentifierParse.Reason.CHECK_CHARACTER,
                    "check character is " + value.charAt(17) + ", expected " + expected);
        }
        return null;
    }

    /** The MOD 31 check character over the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The GB 11714 check character of an 8-character organisation code body (digits and A-Z valued 10-35). */
    public static char organisationCodeCheck(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * ORGANISATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** Organisation type derived from the authority and type characters. */
    public OrganisationType organisationType() {
        return OrganisationType.of(value.charAt(0), value.charAt(1));
    }

    public String regionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String masked() {
        return SubjectIdentifier.mask(value, 4, 5);
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.ORGANISATION;
    }

    @Override
    public String toString() {
        return masked();
    }

    private static IdentifierParse.Rejected reject(IdentifierParse.Reason reason, String message) {
        return new IdentifierParse.Rejected(reason, message);
    }
}
