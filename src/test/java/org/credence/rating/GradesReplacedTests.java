package org.credence.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradesReplacedTests {

    @Test
    void groupsChangesByTransitionKeepingTheSubjectsInOrderAndDropsTheUnchanged() {
        var replaced = GradesReplaced.of(List.of(
                new RatingChanged(1, "tax-credit", null, "A", 2),
                new RatingChanged(2, "tax-credit", "B", "A", 2),
                new RatingChanged(3, "tax-credit", null, "A", 2),
                new RatingChanged(4, "tax-credit", "A", "A", 2),
                new RatingChanged(5, "market-risk", "A", null, 0),
                new RatingChanged(6, "tax-credit", null, "A", 3)));

        assertThat(replaced.transitions())
                .containsExactly(
                        new GradesReplaced.Transition("tax-credit", null, "A", 2, List.of(1L, 3L)),
                        new GradesReplaced.Transition("tax-credit", "B", "A", 2, List.of(2L)),
                        new GradesReplaced.Transition("market-risk", "A", null, 0, List.of(5L)),
                        new GradesReplaced.Transition("tax-credit", null, "A", 3, List.of(6L)));
        assertThat(replaced.isEmpty()).isFalse();
        assertThat(GradesReplaced.of(List.of(new RatingChanged(4, "tax-credit", "A", "A", 2)))
                        .isEmpty())
                .isTrue();
    }
}
