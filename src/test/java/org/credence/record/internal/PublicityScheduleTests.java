package org.credence.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.credence.catalog.PublicityRule;
import org.credence.record.PublicityDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicityScheduleTests {

    @ParameterizedTest(name = "{0} + {1}..{2} months -> {3}..{4}")
    @CsvSource({
        "2026-04-01, 3, 12, 2026-07-01, 2027-04-01",
        "2026-01-31, 3, 12, 2026-04-30, 2027-01-31",
        "2026-11-30, 3, 12, 2027-02-28, 2027-11-30",
        "2024-02-29, 12, 36, 2025-02-28, 2027-02-28",
        "2027-12-31, 12, 36, 2028-12-31, 2030-12-31",
        "2026-08-31, 0, 3, 2026-08-31, 2026-11-30",
    })
    void periodRunsInCalendarMonthsFromPublication(
            LocalDate published, int min, int max, LocalDate minimumEnd, LocalDate maximumEnd) {
        PublicityDates dates = PublicitySchedule.of(PublicityRule.period(min, max), published, null);
        assertThat(dates).isEqualTo(new PublicityDates(published, minimumEnd, maximumEnd));
    }

    @Test
    void anUnpublishedRecordHasNoDates() {
        assertThat(PublicitySchedule.of(
                        PublicityRule.NOT_PUBLISHED, LocalDate.of(2026, 5, 1), LocalDate.of(2027, 1, 1)))
                .isEqualTo(PublicityDates.NOT_PUBLISHED);
        assertThat(PublicityDates.NOT_PUBLISHED.published()).isFalse();
    }

    @Test
    void aRecordPublishedWhileInForceEndsWithItsOwnEnd() {
        LocalDate decided = LocalDate.of(2026, 5, 1);
        assertThat(PublicitySchedule.of(PublicityRule.WHILE_IN_FORCE, decided, LocalDate.of(2031, 4, 30)))
                .isEqualTo(new PublicityDates(decided, null, LocalDate.of(2031, 4, 30)));
        assertThat(PublicitySchedule.of(PublicityRule.WHILE_IN_FORCE, decided, null))
                .isEqualTo(new PublicityDates(decided, null, null));
    }
}
