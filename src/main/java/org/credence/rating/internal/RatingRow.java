package org.credence.rating.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A rating to store: the evaluation of one subject under one standard version, as of a date, from inputs read at. */
record RatingRow(
        long subjectId,
        String scheme,
        long standardId,
        int version,
        Evaluation evaluation,
        LocalDate asOf,
        OffsetDateTime readAt,
        String regionCode,
        @Nullable Long jobId) {}
