package org.credence.ingest.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ingest module ({@code credence.ingest.*}).
 *
 * @param uploadDir where uploaded files are kept until their batch is done; shared storage when several instances run
 * @param chunkSize lines validated and stored per transaction
 * @param maxLineBytes longer lines are rejected as oversized without being read into memory
 * @param workers batches processed at once by one instance
 * @param checkers threads per running batch that check and prepare chunks ahead of the one being stored
 * @param lease how long a running batch's owner may stay silent before another instance resumes the batch
 * @param pollInterval how often an instance looks for queued batches and expired leases
 * @param atomicMaxLines the largest file accepted in atomic mode (one transaction holds it all)
 */
@ConfigurationProperties("credence.ingest")
record IngestProperties(
        @DefaultValue("./data/batches") Path uploadDir,
        @DefaultValue("2000") int chunkSize,
        @DefaultValue("65536") int maxLineBytes,
        @DefaultValue("2") int workers,
        @DefaultValue("2") int checkers,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("1000000") long atomicMaxLines) {

    IngestProperties {
        require(chunkSize >= 1 && chunkSize <= 100_000, "chunk-size must be 1 to 100000");
        require(maxLineBytes >= 1024 && maxLineBytes <= 16 * 1024 * 1024, "max-line-bytes must be 1 KiB to 16 MiB");
        require(workers >= 1 && workers <= 32, "workers must be 1 to 32");
        require(checkers >= 1 && checkers <= 32, "checkers must be 1 to 32");
        require(lease.compareTo(Duration.ofSeconds(1)) >= 0, "lease must be at least 1s");
        require(pollInterval.compareTo(Duration.ofMillis(100)) >= 0, "poll-interval must be at least 100ms");
        require(atomicMaxLines >= 1, "atomic-max-lines must be positive");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("credence.ingest." + message);
        }
    }
}
