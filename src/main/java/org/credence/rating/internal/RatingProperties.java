package org.credence.rating.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credence.rating.*}.
 *
 * @param seed publish the seeded standards under {@code rating/standards/} at start when missing
 * @param zone the zone whose calendar dates ratings are computed for
 * @param chunkSize subjects per chunk of a full re-rating: one transaction, one cursor step
 * @param backgroundJobs run re-rating jobs in the server (off in one-shot command-line runs)
 * @param staleAfter a running job whose owner has not reported for this long is taken over
 * @param sweepCron when ratings that time alone has made stale are recomputed
 */
@ConfigurationProperties("credence.rating")
record RatingProperties(
        @DefaultValue("true") boolean seed,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("5000") int chunkSize,
        @DefaultValue("true") boolean backgroundJobs,
        @DefaultValue("PT30S") Duration staleAfter,
        @DefaultValue("0 30 1 * * *") String sweepCron) {

    RatingProperties {
        if (chunkSize < 1 || chunkSize > 100_000) {
            throw new IllegalArgumentException("credence.rating.chunk-size must be 1 to 100000, was " + chunkSize);
        }
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("credence.rating.stale-after must be positive");
        }
    }
}
