package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.credence.rating.internal.StandardDocument.DecayStep;
import org.credence.rating.internal.StandardDocument.Factor;
import org.jspecify.annotations.Nullable;

/**
 * The points of every factor on a date: each counting record goes to the first factor that matches it, weighs its
 * points by the decay step its age has reached, and each factor's sum is capped in magnitude; then the sums of all
 * negative and all positive factors are capped by the score rule.
 */
record FactorTally(List<FactorTotal> factors, long negative, long positive) {

    FactorTally {
        factors = List.copyOf(factors);
    }

    /** One record's weighted points for its factor. */
    record Contribution(long recordId, long points) {}

    /** A factor's capped sum ({@code points}), its sum before the cap, and the records that made it. */
    record FactorTotal(Factor factor, long uncapped, long points, List<Contribution> contributions) {

        FactorTotal {
            contributions = List.copyOf(contributions);
        }
    }

    static FactorTally of(StandardDocument standard, List<RecordFact> records, LocalDate date) {
        return of(standard, records, standard.factorsFor(records), date);
    }

    /** The same with each record's factor already looked up ({@link StandardDocument#factorsFor}). */
    static FactorTally of(
            StandardDocument standard, List<RecordFact> records, @Nullable Factor[] factorOf, LocalDate date) {
        Map<Factor, List<Contribution>> byFactor = new IdentityHashMap<>();
        for (int i = 0; i < factorOf.length; i++) {
            RecordFact record = records.get(i);
            Factor factor = factorOf[i];
            if (factor != null
                    && RecordEligibility.decide(record, factor.phase(), standard.countUnderObjection(), date)
                            instanceof RecordEligibility.Counts counts) {
                long points = Points.weigh(factor.points(), percent(factor.decay(), counts.since(), date));
                if (points != 0) {
                    byFactor.computeIfAbsent(factor, f -> new ArrayList<>())
                            .add(new Contribution(record.recordId(), points));
                }
            }
        }
        List<FactorTotal> totals = new ArrayList<>();
        long negative = 0;
        long positive = 0;
        for (Factor factor : standard.factors()) {
            List<Contribution> contributions = byFactor.get(factor);
            if (contributions == null) {
                continue;
            }
            contributions.sort(Comparator.comparingLong((Contribution c) -> -Math.abs(c.points()))
                    .thenComparingLong(Contribution::recordId));
            long sum = contributions.stream().mapToLong(Contribution::points).sum();
            long capped = cap(sum, factor.cap());
            totals.add(new FactorTotal(factor, sum, capped, contributions));
            if (capped < 0) {
                negative += capped;
            } else {
                positive += capped;
            }
        }
        return new FactorTally(
                totals,
                cap(negative, standard.score().negativeCap()),
                cap(positive, standard.score().positiveCap()));
    }

    /** The percentage of its points a record weighs once {@code date} is reached, aged from {@code since}. */
    static int percent(List<DecayStep> decay, LocalDate since, LocalDate date) {
        int percent = decay.getFirst().percent();
        for (DecayStep step : decay) {
            if (date.isBefore(since.plusMonths(step.months()))) {
                break;
            }
            percent = step.percent();
        }
        return percent;
    }

    private static long cap(long sum, @Nullable Long magnitude) {
        if (magnitude == null || Math.abs(sum) <= magnitude) {
            return sum;
        }
        return Long.signum(sum) * magnitude;
    }
}
