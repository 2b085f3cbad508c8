package org.credence.sanction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.credence.listing.ListEntry;
import org.credence.sanction.CheckAnswer.AppliedMeasure;
import org.credence.sanction.CheckAnswer.Cause;
import org.credence.sanction.CheckAnswer.Link;
import org.credence.sanction.CheckDecision;
import org.credence.sanction.Measure;
import org.credence.sanction.MeasureClass;
import org.credence.sanction.MeasureOutcome;
import org.credence.subject.RoleType;

/**
 * The check's rules, without data access: which measures of an edition apply to an applicant for a matter type, and
 * the decision they add up to.
 *
 * <ul>
 *   <li>A measure applies when it is in force, covers the matter type (for a market ban: the entry bars it), and its
 *       trigger holds: an entry in force on one of its lists, a grade it names, or always.
 *   <li>A linked subject's entry triggers a measure only when the measure extends to linked subjects and the entry's
 *       list extends to the role that links them; grades never pass from one subject to another.
 *   <li>The decision is the strictest outcome of the binding punitive measures; class-3 measures and incentives never
 *       restrict. A commitment is asked for only when the matter type has a commitment text to sign; otherwise the
 *       application goes to enhanced review.
 * </ul>
 */
final class CheckEvaluator {

    /** A subject linked to the applicant by a role, and its entries in force. */
    record Linked(Link link, List<ListEntry> entries) {}

    record Evaluation(CheckDecision decision, List<AppliedMeasure> measures) {}

    private CheckEvaluator() {}

    static Evaluation evaluate(
            List<Measure> measures,
            LocalDate date,
            String matterType,
            List<ListEntry> ownEntries,
            Map<String, String> ownGrades,
            List<Linked> linked,
            boolean commitmentAvailable) {
        List<AppliedMeasure> applied = new ArrayList<>();
        for (Measure measure : measures) {
            if (!measure.inForceOn(date)) {
                continue;
            }
            List<Cause> causes = causes(measure, date, matterType, ownEntries, ownGrades, linked);
            if (!causes.isEmpty()) {
                applied.add(new AppliedMeasure(
                        measure.code(),
                        measure.measureClass().number(),
                        measure.incentive(),
                        measure.outcome(),
                        binding(measure),
                        measure.contentZh(),
                        measure.contentEn(),
                        measure.legalBasis(),
                        measure.implementingDepartments(),
                        causes));
            }
        }
        applied.sort(Comparator.comparing((AppliedMeasure m) -> !m.binding())
                .thenComparing(m -> -m.outcome().ordinal())
                .thenComparing(AppliedMeasure::code));
        return new Evaluation(decision(applied, commitmentAvailable), applied);
    }

    /** Binding on the approving department: class 1 and 2. Class 3 is information, whatever it says. */
    static boolean binding(Measure measure) {
        return measure.measureClass() != MeasureClass.AUTONOMOUS;
    }

    static CheckDecision decision(List<AppliedMeasure> applied, boolean commitmentAvailable) {
        MeasureOutcome strictest = MeasureOutcome.INFORMATION;
        for (AppliedMeasure measure : applied) {
            if (measure.binding() && !measure.incentive() && measure.outcome().compareTo(strictest) > 0) {
                strictest = measure.outcome();
            }
        }
        return switch (strictest) {
            case RESTRICT -> CheckDecision.RESTRICTED;
            case ENHANCED_REVIEW -> CheckDecision.PROCEED_WITH_ENHANCED_REVIEW;
            case COMMITMENT ->
                commitmentAvailable
                        ? CheckDecision.PROCEED_WITH_COMMITMENT
                        : CheckDecision.PROCEED_WITH_ENHANCED_REVIEW;
            case INFORMATION, FACILITATION -> CheckDecision.PROCEED;
        };
    }

    private static List<Cause> causes(
            Measure measure,
            LocalDate date,
            String matterType,
            List<ListEntry> ownEntries,
            Map<String, String> ownGrades,
            List<Linked> linked) {
        List<Cause> causes = new ArrayList<>();
        Measure.Trigger trigger = measure.trigger();
        if (trigger.always() && covers(measure, matterType)) {
            causes.add(Cause.matterType());
        }
        for (ListEntry entry : ownEntries) {
            if (triggeredBy(measure, entry, date, matterType)) {
                causes.add(Cause.entry(entry.entryId(), entry.listCode(), null));
            }
        }
        if (covers(measure, matterType)) {
            for (Measure.GradeTrigger grade : trigger.grades()) {
                String held = ownGrades.get(grade.scheme());
                if (held != null && grade.grades().contains(held)) {
                    causes.add(Cause.grade(grade.scheme(), held));
                }
            }
        }
        if (measure.extendsToLinked()) {
            for (Linked other : linked) {
                RoleType role = other.link().role();
                for (ListEntry entry : other.entries()) {
                    if (entry.extendsTo().contains(role) && triggeredBy(measure, entry, date, matterType)) {
                        causes.add(Cause.entry(entry.entryId(), entry.listCode(), other.link()));
                    }
                }
            }
        }
        return causes;
    }

    private static boolean triggeredBy(Measure measure, ListEntry entry, LocalDate date, String matterType) {
        if (!entry.inForceOn(date) || !measure.trigger().lists().contains(entry.listCode())) {
            return false;
        }
        return measure.matterTypesFromEntry()
                ? entry.barredMatterTypes().contains(matterType)
                : covers(measure, matterType);
    }

    private static boolean covers(Measure measure, String matterType) {
        return measure.matterTypes().contains(Measure.ALL_MATTERS)
                || measure.matterTypes().contains(matterType);
    }
}
