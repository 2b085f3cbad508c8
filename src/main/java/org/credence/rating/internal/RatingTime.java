package org.credence.rating.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** Moments and dates for ratings: instants from the injected clock, dates in the configured zone. */
@Component
class RatingTime {

    private final Clock clock;
    private final ZoneId zone;

    RatingTime(Clock clock, RatingProperties properties) {
        this.clock = clock;
        this.zone = properties.zone();
    }

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    LocalDate today() {
        return dateOf(clock.instant());
    }

    /** The last moment of a date in the zone: replaying a date replays its end. */
    Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
