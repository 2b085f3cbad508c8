package org.credence.rating.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.rating.internal.StandardDocument.Assignment;
import org.credence.rating.internal.StandardDocument.DecayStep;
import org.credence.rating.internal.StandardDocument.Factor;
import org.credence.rating.internal.StandardDocument.Grade;
import org.credence.rating.internal.StandardDocument.Phase;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a standard that span its parts: a score range that holds its base, a scope that never rates a natural
 * person outside a profession, factors whose sign agrees with their records' polarity and whose decay only decreases,
 * a grade for every score, and a text for every reason named.
 */
final class StandardChecks {

    private final DocumentReader reader;
    private final ReferenceData references;

    StandardChecks(DocumentReader reader, ReferenceData references) {
        this.reader = reader;
        this.references = references;
    }

    void check(StandardDocument d) {
        checkScore(d.score());
        checkScope(d.scope());
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < d.factors().size(); i++) {
            String path = "factors[" + i + "]";
            Factor factor = d.factors().get(i);
            unique(codes, factor.code(), path + ".code");
            checkFactor(factor, path);
            reason(d, factor.reason(), path + ".reason");
        }
        for (int i = 0; i < d.assignments().size(); i++) {
            String path = "assignments[" + i + "]";
            Assignment assignment = d.assignments().get(i);
            unique(codes, assignment.code(), path + ".code");
            if (assignment.when() instanceof StandardDocument.OnRecords on) {
                checkSeverities(on.recordTypes(), on.severities(), path + ".when.severities");
            }
            if (d.grade(assignment.grade()).isEmpty()) {
                problem(path + ".grade", "unknown-grade", "no grade '" + assignment.grade() + "' in grades");
            }
            reason(d, assignment.reason(), path + ".reason");
        }
        checkGrades(d);
        reason(d, d.defaultReason(), "defaultReason");
    }

    private void checkScore(StandardDocument.ScoreRule score) {
        if (score.min() >= score.max()) {
            problem("score.max", "invalid-range", "must be greater than score.min");
        } else if (score.base() < score.min() || score.base() > score.max()) {
            problem("score.base", "out-of-range", "must lie between score.min and score.max");
        }
        if (score.negativeCap() != null && score.negativeCap() <= 0) {
            problem("score.negativeCap", "invalid-cap", "must be greater than 0 (a magnitude)");
        }
        if (score.positiveCap() != null && score.positiveCap() <= 0) {
            problem("score.positiveCap", "invalid-cap", "must be greater than 0 (a magnitude)");
        }
    }

    private void checkScope(StandardDocument.Scope scope) {
        if (scope.kind() == SubjectKind.PERSON) {
            if (scope.professions().isEmpty()) {
                problem(
                        "scope.professions",
                        "person-outside-profession",
                        "a standard for natural persons must name the professions it rates:"
                                + " no standard rates a person outside a profession");
            }
            if (!scope.organisationTypes().isEmpty()) {
                problem("scope.organisationTypes", "not-for-persons", "applies to organisations only");
            }
        } else if (!scope.professions().isEmpty()) {
            problem("scope.professions", "not-for-organisations", "only a standard for persons names professions");
        }
    }

    private void checkFactor(Factor factor, String path) {
        if (factor.points() == 0) {
            problem(path + ".points", "zero-points", "must not be 0");
        }
        if (factor.cap() != null && factor.cap() <= 0) {
            problem(path + ".cap", "invalid-cap", "must be greater than 0 (a magnitude)");
        }
        for (String type : factor.recordTypes()) {
            ReferenceData.TypeInfo info = references.recordTypes().get(type);
            if (info == null) {
                continue;
            }
            if (info.polarity() == Polarity.NEGATIVE && factor.points() > 0
                    || info.polarity() == Polarity.POSITIVE && factor.points() < 0) {
                problem(
                        path + ".points",
                        "sign-against-polarity",
                        "record type '" + type + "' is " + info.polarity() + ", the points must "
                                + (info.polarity() == Polarity.NEGATIVE ? "be negative" : "be positive"));
            }
            if (factor.phase() == Phase.FULFILLED && info.polarity() == Polarity.NEGATIVE) {
                problem(path + ".phase", "fulfilled-negative", "a negative record is never fulfilled");
            }
        }
        checkSeverities(factor.recordTypes(), factor.severities(), path + ".severities");
        checkDecay(factor.decay(), path + ".decay");
    }

    private void checkSeverities(Set<String> types, Set<Severity> severities, String path) {
        for (Severity severity : severities) {
            boolean allowed = types.stream()
                    .map(references.recordTypes()::get)
                    .anyMatch(info -> info != null && info.severities().contains(severity));
            if (!allowed) {
                problem(path, "severity-not-allowed", "none of the record types allows severity " + severity);
            }
        }
    }

    private void checkDecay(List<DecayStep> decay, String path) {
        if (decay.getFirst().months() != 0) {
            problem(path + "[0].months", "decay-start", "the first step starts at 0 months");
        }
        for (int i = 1; i < decay.size(); i++) {
            if (decay.get(i).months() <= decay.get(i - 1).months()) {
                problem(path + "[" + i + "].months", "decay-order", "must be later than the step before");
            }
            if (decay.get(i).percent() > decay.get(i - 1).percent()) {
                problem(path + "[" + i + "].percent", "decay-increases", "a record never weighs more as it ages");
            }
        }
    }

    private void checkGrades(StandardDocument d) {
        Set<String> codes = new HashSet<>();
        @Nullable Long lastMin = null;
        for (int i = 0; i < d.grades().size(); i++) {
            Grade grade = d.grades().get(i);
            String path = "grades[" + i + "]";
            unique(codes, grade.code(), path + ".code");
            if (grade.minScore() == null) {
                boolean assigned =
                        d.assignments().stream().anyMatch(a -> a.grade().equals(grade.code()));
                if (!assigned) {
                    problem(path + ".minScore", "unreachable-grade", "a grade without minScore must be assigned");
                }
                continue;
            }
            if (grade.minScore() < d.score().min()
                    || grade.minScore() > d.score().max()) {
                problem(path + ".minScore", "out-of-range", "must lie between score.min and score.max");
            }
            if (lastMin != null && grade.minScore() >= lastMin) {
                problem(
                        path + ".minScore",
                        "grade-order",
                        "grades go from best to worst: must be below " + Points.format(lastMin));
            }
            lastMin = grade.minScore();
        }
        if (lastMin == null) {
            problem("grades", "no-score-grade", "at least one grade must have a minScore");
        } else if (lastMin != d.score().min()) {
            problem(
                    "grades",
                    "score-without-grade",
                    "the lowest minScore must equal score.min so that every" + " score has a grade");
        }
    }

    private void reason(StandardDocument d, String code, String path) {
        if (!code.isEmpty() && !d.reasons().containsKey(code)) {
            problem(path, "unknown-reason", "no reason '" + code + "' in reasons");
        }
    }

    private void unique(Set<String> seen, String code, String path) {
        if (!seen.add(code)) {
            problem(path, "duplicate-code", "'" + code + "' is used twice");
        }
    }

    private void problem(String path, String code, String message) {
        reader.report(path, code, message);
    }
}
