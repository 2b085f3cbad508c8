package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.credence.rating.internal.StandardDocument.Condition;
import org.credence.rating.internal.StandardDocument.NewSubject;
import org.credence.rating.internal.StandardDocument.OnRecords;
import org.credence.rating.internal.StandardDocument.Phase;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * Whether a direct assignment holds on a date: a record of the listed types in force (a serious-dishonesty listing
 * gives the lowest grade whatever the score), or a subject established recently (its earliest registration record).
 */
final class AssignmentPolicy {

    /** The decision for one assignment. */
    sealed interface Decision {}

    /** Holds, because of these records. */
    record Holds(List<Long> recordIds) implements Decision {

        Holds {
            recordIds = List.copyOf(recordIds);
        }
    }

    record DoesNotHold() implements Decision {}

    private AssignmentPolicy() {}

    static Decision decide(Condition condition, List<RecordFact> records, boolean countUnderObjection, LocalDate date) {
        return switch (condition) {
            case OnRecords on -> onRecords(on, records, countUnderObjection, date);
            case NewSubject fresh ->
                established(fresh.recordType(), records, date)
                        .filter(r -> date.isBefore(r.decisionDate().plusMonths(fresh.months())))
                        .<Decision>map(r -> new Holds(List.of(r.recordId())))
                        .orElse(new DoesNotHold());
        };
    }

    /** The earliest record of the type decided by the date, not revoked: when the subject was established. */
    static Optional<RecordFact> established(String recordType, List<RecordFact> records, LocalDate date) {
        @Nullable RecordFact earliest = null;
        for (RecordFact r : records) {
            if (r.recordType().equals(recordType)
                    && r.status() != RecordStatus.REVOKED
                    && !r.decisionDate().isAfter(date)
                    && (earliest == null
                            || r.decisionDate().isBefore(earliest.decisionDate())
                            || (r.decisionDate().equals(earliest.decisionDate())
                                    && r.recordId() < earliest.recordId()))) {
                earliest = r;
            }
        }
        return Optional.ofNullable(earliest);
    }

    private static Decision onRecords(OnRecords on, List<RecordFact> records, boolean underObjection, LocalDate date) {
        @Nullable List<Long> causes = null;
        for (RecordFact r : records) {
            if (on.recordTypes().contains(r.recordType())
                    && (on.severities().isEmpty()
                            || (r.severity() != null && on.severities().contains(r.severity())))
                    && RecordEligibility.decide(r, Phase.IN_FORCE, underObjection, date)
                            instanceof RecordEligibility.Counts) {
                if (causes == null) {
                    causes = new ArrayList<>(2);
                }
                causes.add(r.recordId());
            }
        }
        if (causes == null) {
            return new DoesNotHold();
        }
        causes.sort(null);
        return new Holds(causes);
    }
}
