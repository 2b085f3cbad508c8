package org.credence.record.internal;

import java.time.LocalDate;
import org.credence.catalog.PublicityRule;
import org.credence.record.PublicityDates;
import org.jspecify.annotations.Nullable;

/**
 * Publicity dates from the catalogue rule: a record is published on its decision date; a period rule ends it between
 * the minimum and maximum months after that (calendar months: 31 January plus one month is 28 or 29 February); a
 * while-in-force rule keeps it public until the record's own end.
 */
final class PublicitySchedule {

    private PublicitySchedule() {}

    static PublicityDates of(PublicityRule rule, LocalDate publicationDate, @Nullable LocalDate effectiveTo) {
        return switch (rule.mode()) {
            case NOT_PUBLISHED -> PublicityDates.NOT_PUBLISHED;
            case WHILE_IN_FORCE -> new PublicityDates(publicationDate, null, effectiveTo);
            case PERIOD ->
                new PublicityDates(
                        publicationDate,
                        publicationDate.plusMonths(months(rule.minMonths())),
                        publicationDate.plusMonths(months(rule.maxMonths())));
        };
    }

    private static int months(@Nullable Integer months) {
        if (months == null) {
            throw new IllegalArgumentException("a period rule has its months");
        }
        return months;
    }
}
