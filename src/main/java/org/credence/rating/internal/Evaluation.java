package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a standard gives a subject on a date: score (hundredths), grade, the assignment that set the grade if one did,
 * the top reasons, the professions it is rated in (persons), and the first later date on which the result may change
 * without any new record event ({@code null}: none known).
 */
record Evaluation(
        long score,
        String grade,
        @Nullable String assignment,
        List<ReasonLine> reasons,
        Set<String> professions,
        @Nullable LocalDate validUntil) {

    static final int MAX_REASONS = 4;
    static final int MAX_RECORDS_PER_REASON = 10;

    Evaluation {
        reasons = List.copyOf(reasons);
        professions = Set.copyOf(professions);
    }

    /** A reason code, its points ({@code null} for an assignment or the default reason) and the records behind it. */
    record ReasonLine(String code, @Nullable Long points, List<Long> recordIds) {

        ReasonLine {
            recordIds = List.copyOf(recordIds);
        }
    }
}
