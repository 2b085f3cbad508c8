package org.credence.record.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.credence.record.FilingBatch;
import org.credence.record.FilingOutcome;
import org.credence.record.PreparedFilings;
import org.jspecify.annotations.Nullable;

/**
 * A batch made ready to file: the first filing of each key prepared, the repeats already refused, and on PostgreSQL
 * the data to {@code COPY} should every key be new.
 */
record PreparedBatch(
        FilingBatch batch,
        OffsetDateTime now,
        List<PreparedFiling> unique,
        List<FilingOutcome> repeats,
        PostgresCopy.@Nullable CopyData copy)
        implements PreparedFilings {

    PreparedBatch {
        unique = List.copyOf(unique);
        repeats = List.copyOf(repeats);
    }
}
