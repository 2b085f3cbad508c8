package org.credence.listing.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credence.listing.*}.
 *
 * @param seed load the definitions under {@code listing/definitions/} at start when their version is missing
 * @param zone the zone whose calendar dates decisions, terms and notice periods are counted in
 * @param sweepCron when pending entries whose notice period is over come into force and ended terms expire
 * @param refreshInterval how often an instance checks whether another added a definition version
 * @param gradeWorkers how many sets of the grade rules' backlog (after a full re-rating) an instance works at once
 */
@ConfigurationProperties("credence.listing")
record ListingProperties(
        @DefaultValue("true") boolean seed,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("0 5 0 * * *") String sweepCron,
        @DefaultValue("5s") Duration refreshInterval,
        @DefaultValue("4") int gradeWorkers) {

    ListingProperties {
        if (refreshInterval.isNegative() || refreshInterval.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("credence.listing.refresh-interval must be 0 to 10 minutes");
        }
        if (gradeWorkers < 1 || gradeWorkers > 64) {
            throw new IllegalArgumentException("credence.listing.grade-workers must be 1 to 64, was " + gradeWorkers);
        }
    }
}
