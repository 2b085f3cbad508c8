package org.credence.synthetic.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Demo data ({@code credence.demo.*}) loaded into an empty register on start.
 *
 * @param enabled {@code true} or {@code false}; unset means on for the embedded H2 database only, so that a
 *     PostgreSQL database never receives demo data unless asked explicitly
 */
@Validated
@ConfigurationProperties("credence.demo")
record DemoProperties(
        @Nullable Boolean enabled,
        @DefaultValue("3000") @Min(0) @Max(1_000_000) long persons,
        @DefaultValue("500") @Min(0) @Max(100_000) int organisations,
        @DefaultValue("20260401") long seed) {

    /** Whether demo data is wanted in a database of this product (if it holds no subject yet). */
    boolean wantedOn(String databaseProduct) {
        return enabled != null ? enabled : "H2".equalsIgnoreCase(databaseProduct);
    }
}
