package org.credence.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.credence.catalog.Severity;
import org.junit.jupiter.api.Test;

class ExplainerTests {

    private static List<Explainer.WhatIf> explain(LocalDate date, RecordFact... records) {
        Evaluation now = EvaluatorTests.rate(date, records);
        return Explainer.explain(EvaluatorTests.DOCUMENT, List.of(records), date, now);
    }

    @Test
    void saysWhenThePenaltyEndsItsPublicityOrIfItIsRepaired() {
        RecordFact penalty =
                Facts.negative("administrative-penalty", Severity.GENERAL, "2026-05-10", "2026-08-10", "2027-05-10");
        List<Explainer.WhatIf> whatIfs = explain(LocalDate.of(2026, 7, 1), penalty);
        assertThat(whatIfs)
                .containsExactly(
                        new Explainer.WhatIf(
                                Explainer.Kind.TIME,
                                "A",
                                LocalDate.of(2027, 5, 10),
                                Explainer.Event.PUBLICITY_ENDS,
                                List.of(penalty.recordId()),
                                null,
                                false),
                        new Explainer.WhatIf(
                                Explainer.Kind.REPAIR,
                                "A",
                                null,
                                Explainer.Event.REPAIRED,
                                List.of(penalty.recordId()),
                                LocalDate.of(2026, 8, 10),
                                true));
    }

    @Test
    void findsTheFirstDecayStepThatBringsTheCappedTotalBelowTheCap() {
        RecordFact first =
                Facts.negative("administrative-penalty", Severity.GENERAL, "2026-01-15", "2026-04-15", "2029-01-15");
        RecordFact second =
                Facts.negative("administrative-penalty", Severity.GENERAL, "2026-02-20", "2026-05-20", "2029-02-20");
        RecordFact third =
                Facts.negative("administrative-penalty", Severity.GENERAL, "2026-03-25", "2026-06-25", "2029-03-25");
        List<Explainer.WhatIf> whatIfs = explain(LocalDate.of(2026, 7, 1), first, second, third);
        assertThat(EvaluatorTests.rate(LocalDate.of(2026, 7, 1), first, second, third)
                        .grade())
                .isEqualTo("C");
        assertThat(whatIfs.getFirst()).satisfies(w -> {
            assertThat(w.kind()).isEqualTo(Explainer.Kind.TIME);
            assertThat(w.grade()).isEqualTo("B");
            assertThat(w.on()).isEqualTo(LocalDate.of(2027, 2, 20));
            assertThat(w.event()).isEqualTo(Explainer.Event.DECAYS);
            assertThat(w.recordIds()).containsExactly(second.recordId());
        });
    }

    @Test
    void saysNothingWhenNothingCanChangeTheGrade() {
        assertThat(explain(LocalDate.of(2026, 7, 1))).isEmpty();
    }
}
