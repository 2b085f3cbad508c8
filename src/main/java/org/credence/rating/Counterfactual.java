package org.credence.rating;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What would change a grade: with time alone ({@code TIME}: on {@code on}, when the records {@code recordIds} end
 * their publicity, decay or end their term) or by repairing one record ({@code REPAIR}: possible from {@code
 * repairFrom} when {@code repairable}), with the text to show.
 *
 * @param event what happens to the records: {@code PUBLICITY_ENDS}, {@code DECAYS}, {@code TERM_ENDS},
 *     {@code NEW_PERIOD_ENDS}, {@code TAKES_EFFECT} or {@code REPAIRED}
 */
public record Counterfactual(
        String kind,
        String grade,
        @Nullable LocalDate on,
        String event,
        List<Long> recordIds,
        @Nullable LocalDate repairFrom,
        boolean repairable,
        LocalizedText text) {

    public Counterfactual {
        recordIds = List.copyOf(recordIds);
    }
}
