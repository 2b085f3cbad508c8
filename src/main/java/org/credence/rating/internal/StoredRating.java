package org.credence.rating.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row of {@code rating} with its reasons, as one consistent read. Score in hundredths. */
record StoredRating(
        long subjectId,
        String scheme,
        long standardId,
        int version,
        long score,
        String grade,
        @Nullable String assignment,
        LocalDate asOf,
        @Nullable LocalDate validUntil,
        OffsetDateTime readAt,
        OffsetDateTime computedAt,
        @Nullable Long jobId,
        List<Evaluation.ReasonLine> reasons) {

    StoredRating {
        reasons = List.copyOf(reasons);
    }
}
