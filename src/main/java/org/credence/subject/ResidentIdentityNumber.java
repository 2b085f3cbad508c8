package org.credence.subject;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resident identity number (GB 11643-1999): region code, birth date, sequence (odd for men), ISO 7064 MOD 11-2 check
 * character.
 */
public record ResidentIdentityNumber(String value) implements SubjectIdentifier {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** Province-level prefixes of GB/T 2260 (including Taiwan, Hong Kong and Macao as allocated). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    /**
     * Validates and normalises; prefer {@link #parse(String)}, which reports the reason instead of throwing. */
    public ResidentIdentityNumber {
        value = IdentifierParse.normalise(value);
        // The structure and check character only: whether the birth date lies in the future is a question for parse(),
        // which knows the clock.
        IdentifierParse.Rejected rejected = check(value, null);
        if (rejected != null) {
            throw new InvalidIdentifierException(rejected.reason(), rejected.message());
        }
    }

    /** Parses against today's date in UTC; see {@link #parse(String, Clock)}. */
    public static IdentifierParse parse(String raw) {
        return parse(raw, Clock.systemUTC());
    }

    /** Parses a resident identity number; the birth date may not lie after today's date on {@code clock}. */
    public static IdentifierParse parse(String raw, Clock clock) {
        String value = IdentifierParse.normalise(raw);
        IdentifierParse.Rejected rejected = check(value, clock);
        return rejected != null ? rejected : new IdentifierParse.Accepted(new ResidentIdentityNumber(value));
    }

    private static IdentifierParse.@Nullable Rejected check(String value, @Nullable Clock clock) {
        if (value.length() != 18) {
            return reject(
                    IdentifierParse.Reason.LENGTH,
                    "a resident identity number has 18 characters, not " + value.length());
        }
        for (int i = 0; i < 17; i++) {
            if (!isDigit(value.charAt(i))) {
                return reject(
                        IdentifierParse.Reason.CHARACTER_SET,
                        "character " + (i + 1) + " of a resident identity number must be a digit");
            }
        }
        char last = value.charAt(17);
        if (!isDigit(last) && last != 'X') {
            return reject(IdentifierParse.Reason.CHARACTER_SET, "the check character must be a digit or X");
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            return reject(IdentifierParse.Reason.REGION, "region code " + value.substring(0, 6) + " names no province");
        }
        LocalDate birthDate;
        try {
            birthDate = birthDateOf(value);
        } catch (DateTimeException e) {
            return reject(IdentifierParse.Reason.BIRTH_DATE, "birth date " + value.substring(6, 14) + " is not a date");
        }
        if (clock != null && birthDate.isAfter(LocalDate.now(clock))) {
            return reject(IdentifierParse.Reason.BIRTH_DATE, "birth date " + birthDate + " lies in the future");
        }
        if (birthDate.getYear() < 1850) {
            return reject(IdentifierParse.Reason.BIRTH_DATE, "birth date " + birthDate + " is implausibly early");
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (last != expected) {
            return reject(
                    IdentifierParse.Reason.CHECK_CHARACTER, "check character is " + last + ", expected " + expected);
        }
        return null;
    }

    /** Whether a 6-digit administrative-division code starts with a province-level prefix of GB/T 2260. */
    public static boolean isRegionCode(String code) {
        if (code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!isDigit(code.charAt(i))) {
                return false;
            }
        }
        return PROVINCES.contains(code.substring(0, 2));
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    public String regionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** {@code M} or {@code F}, from the parity of the sequence number. */
    public char sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? 'M' : 'F';
    }

    @Override
    public String masked() {
        return SubjectIdentifier.mask(value, 6, 4);
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.PERSON;
    }

    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDateOf(String value) {
        return LocalDate.of(
                Integer.parseInt(value.substring(6, 10)),
                Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static IdentifierParse.Rejected reject(IdentifierParse.Reason reason, String message) {
        return new IdentifierParse.Rejected(reason, message);
    }
}
