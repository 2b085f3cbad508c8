package org.credence.supervision.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the supervision module ({@code credence.supervision.*}).
 *
 * @param seed whether the profiles under {@code supervision/profiles/} are loaded at start
 * @param maxPool the largest inspector pool a draw takes
 */
@ConfigurationProperties("credence.supervision")
record SupervisionProperties(
        @DefaultValue("true") boolean seed,
        @DefaultValue("1000") int maxPool) {

    SupervisionProperties {
        if (maxPool < 1 || maxPool > 100_000) {
            throw new IllegalArgumentException("credence.supervision.max-pool must be 1 to 100000");
        }
    }
}
