package org.credence.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.credence.catalog.RecordType;
import org.credence.catalog.SubjectScope;
import org.credence.shared.FieldProblem;

/**
 * The catalogue rules of DOMAIN.md a submission must keep, each a small policy; {@link #check} lists every rule a
 * submission breaks.
 */
final class SubmissionRules {

    /** The founding of the People's Republic: no catalogued decision is older. */
    static final LocalDate EARLIEST_DECISION = LocalDate.of(1949, 10, 1);

    private final List<SubmissionRule> rules = List.of(
            new RecordTypeInCatalogue(),
            new ProviderMayFileType(),
            new TypeAppliesToSubject(),
            new SeverityMatchesType(),
            new LegalBasisRequired(),
            new DecisionNumberRequired(),
            new DecisionDatePlausible(),
            new EffectivePeriodOrdered());

    List<FieldProblem> check(SubmissionRule.Context context) {
        List<FieldProblem> problems = new ArrayList<>(context.submission().problems());
        for (SubmissionRule rule : rules) {
            if (rule.check(context) instanceof SubmissionRule.Fail fail) {
                problems.add(fail.problem());
            }
        }
        return problems;
    }

    /** The type must be in the edition in force. */
    static final class RecordTypeInCatalogue implements SubmissionRule {
        @Override
        public Verdict check(Context c) {
            String code = c.submission().recordType();
            if (code == null || c.type() != null) {
                return PASS;
            }
            return Fail.of(
                    SubmissionField.RECORD_TYPE,
                    "unknown-record-type",
                    "record type " + code + " is not in catalogue edition "
                            + c.edition().code());
        }
    }

    /** The provider must be permitted to submit the type. */
    static final class ProviderMayFileType implements SubmissionRule {
        @Override
        public Verdict check(Context c) {
            if (c.type() == null || c.provider().permits(c.type().code())) {
                return PASS;
            }
            return Fail.of(
                    SubmissionField.RECORD_TYPE,
                    "type-not-permitted",
                    "provider " + c.provider().code() + " may not submit "
                            + c.type().code() + " records");
        }
    }

    /** The type must apply to the identified subject's kind. */
    static final class TypeAppliesToSubject implements SubmissionRule {
        @Override
        public Verdict check(Context c) {
            var identifier = c.submission().identifier();
            if (c.type() == null || identifier == null) {
                return PASS;
            }
            SubjectScope scope = SubjectScope.valueOf(identifier.kind().name());
            if (c.type().appliesTo(scope)) {
                return PASS;
            }
            return Fail.of(
                    SubmissionField.IDENTIFIER,
                    "type-not-applicable",
                    "record type " + c.type().code() + " does not apply to a "
                            + scope.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A graded type needs one of its severities; an ungraded type takes none. */
    static final class SeverityMatchesType implements SubmissionRule {
        @Override
        public Verdict check(Context c) {
            RecordType type = c.type();
            var severity = c.submission().severity();
            if (type == null || c.submission().invalid(SubmissionField.SEVERITY)) {
                return PASS;
            }
            if (!type.graded()) {
                return severity == null
                        ? PASS
                        : Fail.of(
                                SubmissionField.SEVERITY,
                                "severity-not-applicable",
                                type.code() + " takes no severity");
            }
            if (severity == null) {
                return Fail.of(
                        SubmissionField.SEVERITY,
                        "severity-required",
                        type.code() + " needs a severity: " + type.allowedSeverities());
            }
            return type.allowedSeverities().contains(severity)
                    ? PASS
                    : Fail.of(
                            SubmissionField.SEVERITY,
                            "severity-not-allowed",
                            type.code() + " allows " + type.allowedSeverities() + ", not " + severity);
        }
    }

    /** Negative types (and others the catalogue marks) need the legal basis of their decision. */
    static final class LegalBasisRequired implements SubmissionRule {
        @Override
        public Verdict check(Context c) {
            if (c.type() == null
                    || !c.type().legalBasisRequired()
                    || c.submission().legalBasis() != null
                    || c.submission().invalid(SubmissionField.LEGAL_BASIS)) {
                return PASS;
            }
            return Fail.of(
                    SubmissionField.LEGAL_BASIS,
                    "legal-basis-required",
                    c.type().code() + " needs its legal basis");
        }
    }

    /** Negative types (and others the catalogue marks) need the number of their decision document. */
    static final class DecisionNumberRequired implements SubmissionRule {
        @Override
        public Verdict check(Context c) {
            if (c.type() == null
                    || !c.type().legalBasisRequired()
                    || c.submission().decisionNumber() != null
                    || c.submission().invalid(SubmissionField.DECISION_NUMBER)) {
                return PASS;
            }
            return Fail.of(
                    SubmissionField.DECISION_NUMBER,
                    "decision-number-required",
                    c.type().code() + " needs the number of its decision document");
        }
    }

    /** A decision is not dated in the future, nor before 1949-10-01. */
    static final class DecisionDatePlausible implements SubmissionRule {
        @Override
        public Verdict check(Context c) {
            LocalDate date = c.submission().decisionDate();
            if (date == null) {
                return PASS;
            }
            if (date.isAfter(c.today())) {
                return Fail.of(
                        SubmissionField.DECISION_DATE,
                        "decision-date-in-future",
                        "decision date " + date + " lies after today, " + c.today());
            }
            if (date.isBefore(EARLIEST_DECISION)) {
                return Fail.of(
                        SubmissionField.DECISION_DATE,
                        "decision-date-implausible",
                        "decision date " + date + " is implausibly early");
            }
            return PASS;
        }
    }

    /** A record's end does not precede its start. */
    static final class EffectivePeriodOrdered implements SubmissionRule {
        @Override
        public Verdict check(Context c) {
            LocalDate from = c.submission().effectiveFrom();
            LocalDate to = c.submission().effectiveTo();
            if (from == null || to == null || !to.isBefore(from)) {
                return PASS;
            }
            return Fail.of(
                    SubmissionField.EFFECTIVE_TO,
                    "end-before-start",
                    "effectiveTo " + to + " is before effectiveFrom " + from);
        }
    }
}
