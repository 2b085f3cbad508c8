package org.credence.ingest;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A batch and its progress: physical lines read of the file's total (the CSV header included), and per data line
 * the outcome counts.
 */
public record BatchView(
        long batchId,
        String providerCode,
        BatchFormat format,
        BatchMode mode,
        BatchStatus status,
        String fileName,
        long totalLines,
        long linesRead,
        long accepted,
        long corrected,
        long unchanged,
        long rejected,
        @Nullable String failure,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime startedAt,
        @Nullable OffsetDateTime finishedAt) {

    public boolean finished() {
        return status == BatchStatus.COMPLETED || status == BatchStatus.REJECTED || status == BatchStatus.FAILED;
    }
}
