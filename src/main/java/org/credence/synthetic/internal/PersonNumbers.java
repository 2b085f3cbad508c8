package org.credence.synthetic.internal;

import java.time.LocalDate;
import org.credence.subject.ResidentIdentityNumber;
import org.jspecify.annotations.Nullable;

/**
 * Hands out resident identity numbers that are unique by construction: one counter per place, birth date and sex
 * picks the sequence number, so no number is ever drawn twice and no set of numbers is kept. Memory is bounded by
 * places × days (a byte each, allocated per place on first use), not by the population size.
 */
final class PersonNumbers {

    /** Ages 0 to 95 inclusive. */
    static final int DAYS = (int) (96 * 365.25);

    private static final int PER_SEX = 250;

    private final byte[][] used;

    PersonNumbers(int places) {
        this.used = new byte[places][];
    }

    /**
     * A new number for a person born on {@code birth} ({@code daysBack} days before the reference date), or
     * {@code null} when this place, day and sex have no sequence number left.
     */
    @Nullable
    String next(int place, String regionCode, LocalDate birth, int daysBack, boolean male) {
        byte[] counters = used[place];
        if (counters == null) {
            counters = new byte[DAYS * 2];
            used[place] = counters;
        }
        int slot = daysBack * 2 + (male ? 1 : 0);
        int count = counters[slot] & 0xFF;
        if (count >= PER_SEX) {
            return null;
        }
        counters[slot] = (byte) (count + 1);
        int sequence = ((count * 37 + place) % 500) * 2 + (male ? 1 : 0);
        char[] digits = new char[18];
        regionCode.getChars(0, 6, digits, 0);
        put(digits, 6, birth.getYear(), 4);
        put(digits, 10, birth.getMonthValue(), 2);
        put(digits, 12, birth.getDayOfMonth(), 2);
        put(digits, 14, sequence, 3);
        String first17 = new String(digits, 0, 17);
        digits[17] = ResidentIdentityNumber.checkCharacter(first17);
        return new String(digits);
    }

    private static void put(char[] digits, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            digits[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
