package org.credence.sanction;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One joint measure as the catalogue states it.
 *
 * @param incentive {@code true} for incentives to red-listed or well-graded subjects, {@code false} for punitive ones
 * @param matterTypes the matter types it applies to; {@code ["*"]} for all
 * @param matterTypesFromEntry the matter types come from the triggering list entry (a market ban's barred types)
 * @param extendsToLinked it also applies to the persons (or organisations) linked by a role the list extends to
 * @param effectiveTo the last day it applies ({@code null}: open-ended)
 */
public record Measure(
        String code,
        String contentZh,
        String contentEn,
        MeasureClass measureClass,
        boolean incentive,
        MeasureOutcome outcome,
        Trigger trigger,
        List<String> matterTypes,
        boolean matterTypesFromEntry,
        boolean extendsToLinked,
        List<String> implementingDepartments,
        String legalBasis,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo) {

    public static final String ALL_MATTERS = "*";

    public Measure {
        matterTypes = List.copyOf(matterTypes);
        implementingDepartments = List.copyOf(implementingDepartments);
    }

    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    /**
     * What sets the measure off: an entry in force on one of the lists, a grade under a scheme, or every applicant
     * for its matter types ({@code always}, as for notify-and-commit approvals).
     */
    public record Trigger(List<String> lists, List<GradeTrigger> grades, boolean always) {

        public Trigger {
            lists = List.copyOf(lists);
            grades = List.copyOf(grades);
        }
    }

    /** The grades of a rating scheme that set a measure off. */
    public record GradeTrigger(String scheme, List<String> grades) {

        public GradeTrigger {
            grades = List.copyOf(grades);
        }
    }
}
