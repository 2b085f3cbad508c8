package org.credence.record;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filings to store together, in the caller's transaction: one chunk of a submitted file, or a single submission.
 *
 * @param batchId the submission batch, so that a source reference used twice in one file is caught; {@code null} for
 *     a single submission
 * @param actor who submits, for the history (until access control exists, the provider)
 */
public record FilingBatch(@Nullable Long batchId, String actor, List<RecordFiling> filings) {

    public FilingBatch {
        filings = List.copyOf(filings);
    }
}
