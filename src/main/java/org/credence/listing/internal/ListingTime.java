package org.credence.listing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** Moments from the injected clock (UTC) and today's date in the listing zone. */
@Component
class ListingTime {

    private final Clock clock;
    private final ListingProperties properties;

    ListingTime(Clock clock, ListingProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }
}
