package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.ArrayList;
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
        Map<String, List<Factor>> factorsByType) {

    StandardDocument {
        factors = List.copyOf(factors);
        Map<String, List<Factor>> byType = new HashMap<>();
        for (Factor factor : factors) {
            for (String type : factor.recordTypes()) {
                byType.computeIfAbsent(type, t -> new ArrayList<>()).add(factor);
            }
        }
        byType.replaceAll((type, list) -> List.copyOf(list));
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

    /** The first factor, in document order, that takes a record of this type and severity. */
    @Nullable
    Factor factorFor(String recordType, @Nullable Severity severity) {
        List<Factor> candidates = factorsByType.get(recordType);
        if (candidates != null) {
            // every candidate lists the type; an indexed loop, as this runs for every record of every rating
            for (int i = 0; i < candidates.size(); i++) {
                Factor factor = candidates.get(i);
                if (factor.severities().isEmpty()
                        || (severity != null && factor.severities().contains(severity))) {
                    return factor;
                }
            }
        }
        return null;
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
