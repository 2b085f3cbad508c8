package org.credence.subject.internal.imports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the bulk subject import ({@code credence.subject.import.*}).
 *
 * @param chunkSize rows stored per transaction (and per COPY on PostgreSQL); memory holds two chunks at most
 * @param maxRejectedLines rejected lines detailed in a report; all are counted
 * @param maxLineBytes longer lines are rejected without being held in memory
 */
@Validated
@ConfigurationProperties("credence.subject.import")
record ImportProperties(
        @DefaultValue("20000") @Min(1) @Max(1_000_000) int chunkSize,
        @DefaultValue("1000") @Min(0) @Max(1_000_000) int maxRejectedLines,
        @DefaultValue("16384") @Min(1024) @Max(1_048_576) int maxLineBytes) {}
