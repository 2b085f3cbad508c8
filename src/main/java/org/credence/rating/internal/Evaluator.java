package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.rating.internal.Evaluation.ReasonLine;
import org.credence.rating.internal.FactorTally.Contribution;
import org.credence.rating.internal.FactorTally.FactorTotal;
import org.credence.rating.internal.StandardDocument.Assignment;
import org.credence.rating.internal.StandardDocument.Factor;
import org.credence.rating.internal.StandardDocument.Grade;
import org.jspecify.annotations.Nullable;

/**
 * The rating engine proper: a pure function of (standard, the subject and its records as they stood, date) to an
 * evaluation. The same inputs always give the same result, which is what makes ratings replayable.
 */
final class Evaluator {

    /** The outcome for one subject under one standard. */
    sealed interface Outcome {}

    record Rated(Evaluation evaluation) implements Outcome {}

    record NotRated(String code) implements Outcome {}

    /** Reasons by the magnitude of their points, then by code. */
    private static final Comparator<Map.Entry<String, Long>> BY_MAGNITUDE = Comparator.comparingLong(
                    (Map.Entry<String, Long> e) -> -Math.abs(e.getValue()))
            .thenComparing(Map.Entry::getKey);

    private Evaluator() {}

    static Outcome evaluate(StandardDocument standard, SubjectFacts subject, List<RecordFact> records, LocalDate date) {
        return switch (ScopePolicy.decide(standard.scope(), subject, date)) {
            case ScopePolicy.OutOfScope out -> new NotRated(out.code());
            case ScopePolicy.Applicable applicable ->
                new Rated(rate(standard, records, date, applicable.professions()));
        };
    }

    /** Rates without the scope check: for a subject already known to be in scope. */
    static Evaluation rate(
            StandardDocument standard, List<RecordFact> records, LocalDate date, Set<String> professions) {
        @Nullable Factor[] factorOf = standard.factorsFor(records);
        FactorTally tally = FactorTally.of(standard, records, factorOf, date);
        var rule = standard.score();
        long score = Math.clamp(rule.base() + tally.negative() + tally.positive(), rule.min(), rule.max());
        Assignment assigned = null;
        List<Long> assignedBy = List.of();
        for (Assignment assignment : standard.assignments()) {
            if (AssignmentPolicy.decide(assignment.when(), records, standard.countUnderObjection(), date)
                    instanceof AssignmentPolicy.Holds holds) {
                assigned = assignment;
                assignedBy = holds.recordIds();
                break;
            }
        }
        String grade = assigned != null ? assigned.grade() : gradeFor(standard, score);
        return new Evaluation(
                score,
                grade,
                assigned == null ? null : assigned.code(),
                reasons(standard, tally, assigned, assignedBy),
                professions,
                ChangePoints.next(standard, records, factorOf, date));
    }

    /** The first grade, best first, whose minimum the score reaches; validation guarantees one. */
    static String gradeFor(StandardDocument standard, long score) {
        for (Grade grade : standard.grades()) {
            if (grade.minScore() != null && score >= grade.minScore()) {
                return grade.code();
            }
        }
        throw new IllegalStateException("a validated standard has a grade for every score");
    }

    /**
     * Up to four reasons: the assignment's first, then the factors' reasons by the magnitude of their points (factors
     * sharing a reason add up); the standard's default reason when nothing applies.
     */
    private static List<ReasonLine> reasons(
            StandardDocument standard, FactorTally tally, @Nullable Assignment assigned, List<Long> assignedBy) {
        List<ReasonLine> lines = new ArrayList<>();
        if (assigned != null) {
            lines.add(new ReasonLine(assigned.reason(), null, limit(assignedBy)));
        }
        if (tally.factors().isEmpty()) {
            return lines.isEmpty() ? List.of(new ReasonLine(standard.defaultReason(), null, List.of())) : lines;
        }
        // plain loops and a static comparator: this runs for every rating of a full re-rating
        Map<String, Long> points = new LinkedHashMap<>();
        Map<String, Set<Long>> records = new LinkedHashMap<>();
        for (FactorTotal total : tally.factors()) {
            String reason = total.factor().reason();
            points.merge(reason, total.points(), Long::sum);
            Set<Long> ids = records.computeIfAbsent(reason, r -> new LinkedHashSet<>());
            for (Contribution contribution : total.contributions()) {
                ids.add(contribution.recordId());
            }
        }
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(points.size());
        for (Map.Entry<String, Long> e : points.entrySet()) {
            if (e.getValue() != 0 && (assigned == null || !e.getKey().equals(assigned.reason()))) {
                ranked.add(e);
            }
        }
        if (ranked.size() > 1) {
            ranked.sort(BY_MAGNITUDE);
        }
        for (int i = 0; i < ranked.size() && lines.size() < Evaluation.MAX_REASONS; i++) {
            Map.Entry<String, Long> e = ranked.get(i);
            lines.add(new ReasonLine(e.getKey(), e.getValue(), limit(List.copyOf(records.get(e.getKey())))));
        }
        if (lines.isEmpty()) {
            lines.add(new ReasonLine(standard.defaultReason(), null, List.of()));
        }
        return lines;
    }

    private static List<Long> limit(List<Long> ids) {
        return ids.size() <= Evaluation.MAX_RECORDS_PER_REASON
                ? ids
                : ids.subList(0, Evaluation.MAX_RECORDS_PER_REASON);
    }
}
