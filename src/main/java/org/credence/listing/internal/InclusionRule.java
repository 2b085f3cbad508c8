package org.credence.listing.internal;

import java.util.List;
import java.util.Set;
import org.credence.catalog.Severity;

/** One automatic inclusion rule of a definition; a list without rules takes entries by decision only. */
sealed interface InclusionRule {

    /** A record of one of the types (and, if named, severities) filed for a subject puts it on the list. */
    record RecordRule(List<String> recordTypes, Set<Severity> severities) implements InclusionRule {

        public RecordRule {
            recordTypes = List.copyOf(recordTypes);
            severities = Set.copyOf(severities);
        }

        boolean matches(String recordType, @org.jspecify.annotations.Nullable Severity severity) {
            return recordTypes.contains(recordType)
                    && (severities.isEmpty() || (severity != null && severities.contains(severity)));
        }
    }

    /** Being put on another list {@code count} times within {@code withinMonths} puts a subject on this one. */
    record RepeatRule(String list, int count, int withinMonths) implements InclusionRule {}

    /**
     * Staying on another list for {@code afterMonths} (an entry in force that long and still open) puts a subject on
     * this one: the abnormal-operations list escalating to the serious list after three years.
     */
    record EscalationRule(String list, int afterMonths) implements InclusionRule {}

    /** Being graded one of {@code grades} under {@code scheme} puts a subject on the list; leaving them ends it. */
    record GradeRule(String scheme, Set<String> grades) implements InclusionRule {

        public GradeRule {
            grades = Set.copyOf(grades);
        }

        boolean holds(@org.jspecify.annotations.Nullable String grade) {
            return grade != null && grades.contains(grade);
        }
    }
}
