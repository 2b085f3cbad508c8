package org.credence.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A subject's rating under one scheme: score and grade by the named standard version, as of a date, with up to four
 * reasons and the records behind them, what would change the grade, and for a professional its ranks.
 *
 * @param assignment the direct assignment that set the grade regardless of the score, if one did
 * @param validUntil the first later date on which time alone may change the rating ({@code null}: none known)
 * @param computedAt the moment the rating reflects: its inputs were read then, and replaying that moment gives this
 *     rating back
 */
public record Rating(
        long subjectId,
        String scheme,
        LocalizedText schemeTitle,
        long standardId,
        int standardVersion,
        BigDecimal score,
        String grade,
        LocalizedText gradeLabel,
        @Nullable String assignment,
        LocalDate asOf,
        @Nullable LocalDate validUntil,
        OffsetDateTime computedAt,
        List<RatingReason> reasons,
        List<Counterfactual> counterfactuals,
        List<ProfessionalRank> ranks) {

    public Rating {
        reasons = List.copyOf(reasons);
        counterfactuals = List.copyOf(counterfactuals);
        ranks = List.copyOf(ranks);
    }
}
