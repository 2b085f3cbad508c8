package org.credence.commitment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.credence.commitment.CommitmentOutcome;
import org.credence.commitment.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomePolicyTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest(name = "on file {0} ({1}), finding {2} ({3}, correction {4}): {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                // on file, its reason, finding, its reason, correction, expected
                "OPEN, -, FULFILLED, done, false, FINDING",
                "OPEN, -, BREACHED, late, false, FINDING",
                "OPEN, -, FULFILLED, done, true, nothing-to-correct",
                "OPEN, -, FULFILLED, -, false, reason-required",
                "OPEN, -, FULFILLED, '  ', false, reason-required",
                "OPEN, -, OPEN, why, false, invalid-outcome",
                "FULFILLED, done, FULFILLED, done, false, UNCHANGED",
                "FULFILLED, done, FULFILLED, done, true, UNCHANGED",
                "FULFILLED, done, FULFILLED, other words, false, outcome-recorded",
                "FULFILLED, done, FULFILLED, other words, true, CORRECTION",
                "FULFILLED, done, BREACHED, late, false, outcome-recorded",
                "FULFILLED, done, BREACHED, late, true, CORRECTION",
                "BREACHED, late, BREACHED, late, false, UNCHANGED",
                "BREACHED, late, FULFILLED, appeal upheld, false, outcome-recorded",
                "BREACHED, late, FULFILLED, appeal upheld, true, CORRECTION",
            })
    void recordsOnceAndCorrectsOnlyExplicitly(
            CommitmentOutcome onFile,
            String onFileReason,
            CommitmentOutcome outcome,
            String reason,
            boolean correction,
            String expected) {
        var current = onFile == CommitmentOutcome.OPEN
                ? new CommitmentRow.Outcome(onFile, null, null, null, null, null, null, null, 0)
                : new CommitmentRow.Outcome(
                        onFile,
                        DAY,
                        onFileReason,
                        onFile == CommitmentOutcome.BREACHED ? "GENERAL" : null,
                        onFile == CommitmentOutcome.BREACHED ? "D-1" : null,
                        onFile == CommitmentOutcome.BREACHED ? "Art. 1" : null,
                        null,
                        null,
                        0);
        boolean breach = outcome == CommitmentOutcome.BREACHED;
        var finding = new Finding(
                outcome,
                null,
                reason,
                correction,
                breach ? "GENERAL" : null,
                breach ? "D-1" : null,
                breach ? "Art. 1" : null);
        assertThat(name(OutcomePolicy.decide(current, finding))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "breach on file, finding with {0}: {1}")
    @CsvSource({
        "severity, CORRECTION",
        "decisionNumber, CORRECTION",
        "legalBasis, CORRECTION",
        "date, CORRECTION",
        "nothing, UNCHANGED",
    })
    void aBreachWithOtherDetailsIsACorrection(String changed, String expected) {
        var current = new CommitmentRow.Outcome(
                CommitmentOutcome.BREACHED, DAY, "late", "GENERAL", "D-1", "Art. 1", "p", 7L, 1);
        var finding = new Finding(
                CommitmentOutcome.BREACHED,
                changed.equals("date") ? DAY.minusDays(1) : DAY,
                "late",
                true,
                changed.equals("severity") ? "SERIOUS" : "GENERAL",
                changed.equals("decisionNumber") ? "D-2" : "D-1",
                changed.equals("legalBasis") ? "Art. 2" : "Art. 1");
        assertThat(name(OutcomePolicy.decide(current, finding))).isEqualTo(expected);
    }

    private static String name(OutcomePolicy.Decision decision) {
        return switch (decision) {
            case OutcomePolicy.Unchanged u -> "UNCHANGED";
            case OutcomePolicy.Apply a -> a.kind();
            case OutcomePolicy.Refused r -> r.code();
        };
    }
}
