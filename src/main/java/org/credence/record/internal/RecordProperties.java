package org.credence.record.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the record module ({@code credence.record.*}).
 *
 * @param copyThreshold the chunk size from which PostgreSQL's {@code COPY} path is used instead of JDBC batches
 */
@ConfigurationProperties("credence.record")
record RecordProperties(@DefaultValue("200") int copyThreshold) {

    RecordProperties {
        if (copyThreshold < 1) {
            throw new IllegalArgumentException("credence.record.copy-threshold must be 1 or more");
        }
    }
}
