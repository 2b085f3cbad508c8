package org.credence.catalog.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the catalogue module ({@code credence.catalog.*}).
 *
 * @param refreshInterval how often an instance checks whether another changed the catalogue
 * @param seed whether the seed editions, providers and matter types under {@code catalog/} are loaded at start
 */
@ConfigurationProperties("credence.catalog")
record CatalogueProperties(
        @DefaultValue("5s") Duration refreshInterval,
        @DefaultValue("true") boolean seed) {

    CatalogueProperties {
        if (refreshInterval.isNegative() || refreshInterval.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("credence.catalog.refresh-interval must be 0 to 10 minutes");
        }
    }
}
