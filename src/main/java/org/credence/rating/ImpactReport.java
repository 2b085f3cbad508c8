package org.credence.rating;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a standard would do to the current population: subjects in its scope, the grade transition matrix from each
 * subject's current grade under the scheme ({@code null} when it has none) to its grade under the simulated version,
 * and samples of subjects that move, with their reasons.
 *
 * @param grades the simulated standard's grades, best first: the matrix's order
 */
public record ImpactReport(
        long standardId,
        String scheme,
        int version,
        long subjectsInScope,
        long subjectsMoved,
        List<String> grades,
        List<Transition> transitions,
        List<Sample> samples) {

    public ImpactReport {
        grades = List.copyOf(grades);
        transitions = List.copyOf(transitions);
        samples = List.copyOf(samples);
    }

    /** How many subjects go from one grade ({@code null}: unrated) to another. */
    public record Transition(@Nullable String from, String to, long subjects) {}

    /** A subject that moves, identified by its masked identifier, with its score and reasons under the simulation. */
    public record Sample(
            long subjectId,
            String maskedIdentifier,
            @Nullable String from,
            @Nullable BigDecimal fromScore,
            String to,
            BigDecimal toScore,
            List<RatingReason> reasons) {

        public Sample {
            reasons = List.copyOf(reasons);
        }
    }
}
