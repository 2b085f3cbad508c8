package org.credence.listing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Term arithmetic as the Civil Code counts months: the same day N months later, or that month's last day. */
class TermsTests {

    @ParameterizedTest(name = "{0} + {1} months ends {2}")
    @CsvSource({
        "2026-03-15, 24, 2028-03-15",
        "2026-01-31, 1, 2026-02-28", // no 31 February: the month's last day
        "2028-01-31, 1, 2028-02-29", // leap year
        "2024-02-29, 12, 2025-02-28", // from a leap day, a year ends on 28 February
        "2024-02-29, 48, 2028-02-29", // four years later there is a 29 February again
        "2023-02-28, 12, 2024-02-28", // the same day exists: not the month's end
        "2026-08-31, 6, 2027-02-28",
        "2026-12-31, 36, 2029-12-31",
        "2025-10-31, 60, 2030-10-31"
    })
    void aTermEndsOnTheSameDayOrTheMonthsLastDay(LocalDate includedOn, int months, LocalDate end) {
        assertThat(Terms.end(includedOn, months)).isEqualTo(end);
        assertThat(Terms.expiredOn(end)).isEqualTo(end.plusDays(1));
    }

    @ParameterizedTest(name = "{0}: 24 months then 12 more ends {1}, not drifting from {2}")
    @CsvSource({
        // Counted from the inclusion day, the extended end is the month's last day again, not the 28th
        "2024-01-31, 2027-01-31, 2026-01-31",
        "2023-08-31, 2026-08-31, 2025-08-31"
    })
    void anExtensionCountsFromTheInclusionDay(LocalDate includedOn, LocalDate extendedEnd, LocalDate firstEnd) {
        assertThat(Terms.end(includedOn, 24)).isEqualTo(firstEnd);
        assertThat(Terms.end(includedOn, 36)).isEqualTo(extendedEnd);
    }

    @ParameterizedTest(name = "entries on [{0}] counted on {1}: twice within 12 months = {2}")
    @CsvSource({
        "2026-01-10 2026-06-01, 2026-06-01, true",
        "2025-06-01 2026-06-01, 2026-06-01, true", // exactly 12 months earlier counts
        "2025-05-31 2026-06-01, 2026-06-01, false", // a day more than 12 months
        "2025-02-28 2026-02-28, 2026-02-28, true",
        "2024-02-29 2025-02-28, 2025-02-28, true", // 12 months before 28 Feb 2025 is 28 Feb 2024
        "2024-02-28 2025-02-28, 2025-02-28, true",
        "2024-02-27 2025-02-28, 2025-02-28, false",
        "2024-02-29 2025-03-01, 2025-03-01, false", // 12 months before 1 March 2025 is 1 March 2024
        "2026-06-01, 2026-06-01, false", // once
        "2026-06-01 2026-06-20, 2026-06-10, false" // a later entry does not count for an earlier day
    })
    void twiceWithinTwelveMonths(String days, LocalDate on, boolean repeated) {
        List<LocalDate> inclusions =
                Arrays.stream(days.split(" ")).map(LocalDate::parse).toList();
        assertThat(Terms.repeated(inclusions, on, 2, 12)).isEqualTo(repeated);
    }

    @ParameterizedTest(name = "born {0}, decided {1}: minor = {2}")
    @CsvSource({
        "2008-06-15, 2026-06-14, true",
        "2008-06-15, 2026-06-15, false", // the 18th birthday
        "2008-02-29, 2026-02-27, true",
        "2008-02-29, 2026-02-28, false", // born on a leap day: 18 on 28 February of a common year
        "1990-01-01, 2026-01-01, false"
    })
    void aPersonUnder18IsAMinor(LocalDate born, LocalDate decided, boolean minor) {
        assertThat(Terms.minorOn(born, decided)).isEqualTo(minor);
    }

    @ParameterizedTest(name = "decided {0}, notice {1} days: in force from {2}")
    @CsvSource({"2026-06-25, 10, 2026-07-05", "2026-02-20, 10, 2026-03-02", "2028-02-20, 10, 2028-03-01"})
    void aNoticePeriodCountsCalendarDays(LocalDate decided, int days, LocalDate inForce) {
        assertThat(Terms.afterNotice(decided, days)).isEqualTo(inForce);
    }
}
