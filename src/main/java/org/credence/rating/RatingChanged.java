package org.credence.rating;

import org.jspecify.annotations.Nullable;

/**
 * Published when a subject's grade under a scheme changes on the incremental path (a record event): the grade before
 * ({@code null}: not rated before) and after ({@code null}: no longer rated), with the standard version.
 */
public record RatingChanged(
        long subjectId,
        String scheme,
        @Nullable String from,
        @Nullable String to,
        int standardVersion) {}
