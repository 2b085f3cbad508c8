package org.credence.rating;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reason for a rating: the standard's code and text, the points it made ({@code null} for a directly assigned grade
 * or the default reason) and the records that caused it.
 */
public record RatingReason(
        String code, LocalizedText text, @Nullable BigDecimal points, List<Long> recordIds) {

    public RatingReason {
        recordIds = List.copyOf(recordIds);
    }
}
