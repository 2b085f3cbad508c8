package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Date arithmetic of terms, as the Civil Code counts periods (Art. 201, 202): a term of N months from the day of the
 * decision ends on the day of the same number N months later, or on the last day of that month where it has no such
 * day (a month from 31 January ends on 28 or 29 February; a year from 29 February on 28 February). The entry is in
 * force on its last day and ends the day after. Months are always counted from the day of inclusion, never from an
 * earlier end, so that extensions do not drift at month ends.
 */
final class Terms {

    private Terms() {}

    /** The last day of a term of {@code months} from {@code includedOn} ({@code null} months: no end). */
    static @Nullable LocalDate end(LocalDate includedOn, @Nullable Integer months) {
        return months == null ? null : includedOn.plusMonths(months);
    }

    /** The first day the entry is no longer in force once its term is over. */
    static LocalDate expiredOn(LocalDate termEnd) {
        return termEnd.plusDays(1);
    }

    /** The first day an entry may be removed early: {@code months} after it came into force. */
    static LocalDate earlyRemovalFrom(LocalDate inForceFrom, int months) {
        return inForceFrom.plusMonths(months);
    }

    /** The day an entry comes into force after a notice period of {@code days} calendar days from the decision. */
    static LocalDate afterNotice(LocalDate includedOn, int days) {
        return includedOn.plusDays(days);
    }

    /**
     * Whether at least {@code count} of the inclusion days fall within the {@code months} up to and including
     * {@code on}: on or after the same day {@code months} earlier (month ends as in {@link #end}).
     */
    static boolean repeated(Collection<LocalDate> inclusions, LocalDate on, int count, int months) {
        LocalDate from = on.minusMonths(months);
        return inclusions.stream()
                        .filter(d -> !d.isBefore(from) && !d.isAfter(on))
                        .count()
                >= count;
    }

    /** Whether a person born on {@code birthDate} is under 18 on {@code day}. */
    static boolean minorOn(LocalDate birthDate, LocalDate day) {
        return birthDate.plusYears(18).isAfter(day);
    }
}
