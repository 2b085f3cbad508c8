package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.credence.catalog.Severity;
import org.credence.rating.LocalizedText;
import org.credence.subject.OrganisationType;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation standard as parsed and validated from its document: whom it rates, how records turn into points, which
 * records assign a grade directly, the grade scale and the reason texts. Points are in hundredths (a document's
 * {@code -2.5} is {@code -250}) so that the arithmetic is exact.
 */
record StandardDocument(
        String scheme,
        int version,
        LocalizedText title,
        String sector,
        LocalDate effectiveFrom,
        Scope scope,
        ScoreRule score,
        boolean countUnderObjection,
        List<Factor> factors,
        List<Assignment> assignments,
        List<Grade> grades,
        String defaultReason,
        Map<String, LocalizedText> reasons,
        Map<String, FactorsBySeverity> factorsByType) {

    StandardDocument {
        List<Factor> inOrder = List.copyOf(factors);
        factors = inOrder;
        Map<String, FactorsBySeverity> byType = new HashMap<>();
        for (Factor factor : inOrder) {
            for (String type : factor.recordTypes()) {
                byType.computeIfAbsent(type, t -> FactorsBySeverity.of(t, inOrder));
            }
        }
        factorsByType = Map.copyOf(byType);
        assignments = List.copyOf(assignments);
        grades = List.copyOf(grades);
        reasons = Map.copyOf(reasons);
    }

    /** Whom the standard rates: one kind of subject; organisation types (empty: all); professions (persons only). */
    record Scope(SubjectKind kind, Set<OrganisationType> organisationTypes, Set<String> professions) {

        Scope {
            organisationTypes = Set.copyOf(organisationTypes);
            professions = Set.copyOf(professions);
        }
    }

    /**
     * The score range and base, and optional caps on the sum of all negative and of all positive factors (magnitudes).
     */
    record ScoreRule(
            long min,
            long max,
            long base,
            @Nullable Long negativeCap,
            @Nullable Long positiveCap) {}

    /** When a record counts for a factor: while it is in force, or once its term has ended in good standing. */
    enum Phase {
        IN_FORCE,
        FULFILLED
    }

    /**
     * Points per record of the given types (and severities; empty: any) while it counts, weighted by its age through
     * the decay table, the factor's total capped in magnitude by {@code cap} when one is given.
     */
    record Factor(
            String code,
            Set<String> recordTypes,
            Set<Severity> severities,
            Phase phase,
            long points,
            @Nullable Long cap,
            List<DecayStep> decay,
            String reason) {

        Factor {
            recordTypes = Set.copyOf(recordTypes);
            severities = Set.copyOf(severities);
            decay = List.copyOf(decay);
        }

        boolean matches(String recordType, @Nullable Severity severity) {
            return recordTypes.contains(recordType)
                    && (severities.isEmpty() || (severity != null && severities.contains(severity)));
        }
    }

    /** From {@code months} after a record's base date on, it weighs {@code percent} of its points. */
    record DecayStep(int months, int percent) {}

    /** A grade given regardless of the score when the condition holds; the first that holds wins. */
    record Assignment(String code, Condition when, String grade, String reason) {}

    /** What makes an assignment hold. */
    sealed interface Condition {}

    /** A record of one of the types (and severities; empty: any) counts as in force. */
    record OnRecords(Set<String> recordTypes, Set<Severity> severities) implements Condition {

        OnRecords {
            recordTypes = Set.copyOf(recordTypes);
            severities = Set.copyOf(severities);
        }
    }

    /** The subject was established (its earliest record of the type decided) less than {@code months} ago. */
    record NewSubject(String recordType, int months) implements Condition {}

    /** A grade: reached by score from {@code minScore} (inclusive), or given only by assignment when it has none. */
    record Grade(String code, @Nullable Long minScore, LocalizedText label) {}

    /**
     * The factor of each severity (and of none) for one record type: the first factor, in document order, that takes
     * a record of the type and severity, found once when the standard is read, since a full re-rating asks for every
     * record of every rating.
     */
    record FactorsBySeverity(List<@Nullable Factor> bySeverity) {

        private static final int NO_SEVERITY = Severity.values().length;

        static FactorsBySeverity of(String recordType, List<Factor> factors) {
            @Nullable Factor[] table = new Factor[NO_SEVERITY + 1];
            for (Severity severity : Severity.values()) {
                table[severity.ordinal()] = first(recordType, severity, factors);
            }
            table[NO_SEVERITY] = first(recordType, null, factors);
            // a list, not the array, so that the record compares and prints by content; unmodifiable, and with nulls
            return new FactorsBySeverity(Collections.unmodifiableList(Arrays.asList(table)));
        }

        private static @Nullable Factor first(String recordType, @Nullable Severity severity, List<Factor> factors) {
            return factors.stream()
                    .filter(f -> f.matches(recordType, severity))
                    .findFirst()
                    .orElse(null);
        }

        @Nullable
        Factor of(@Nullable Severity severity) {
            return bySeverity.get(severity == null ? NO_SEVERITY : severity.ordinal());
        }
    }

    /** The first factor, in document order, that takes a record of this type and severity. */
    @Nullable
    Factor factorFor(String recordType, @Nullable Severity severity) {
        FactorsBySeverity factors = factorsByType.get(recordType);
        return factors == null ? null : factors.of(severity);
    }

    /** The factor of each record (null where none counts it), looked up once for all the rules that need it. */
    @Nullable
    Factor[] factorsFor(List<RecordFact> records) {
        Factor[] factors = new Factor[records.size()];
        for (int i = 0; i < factors.length; i++) {
            RecordFact record = records.get(i);
            factors[i] = factorFor(record.recordType(), record.severity());
        }
        return factors;
    }

    Optional<Grade> grade(String code) {
        return grades.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    LocalizedText reasonText(String code) {
        LocalizedText text = reasons.get(code);
        if (text == null) {
            throw new IllegalStateException("validated standards have every reason they name: " + code);
        }
        return text;
    }
}
