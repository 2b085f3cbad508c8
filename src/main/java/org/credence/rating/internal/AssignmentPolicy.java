package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.credence.rating.internal.StandardDocument.Condition;
import org.credence.rating.internal.StandardDocument.NewSubject;
import org.credence.rating.internal.StandardDocument.OnRecords;
import org.credence.rating.internal.StandardDocument.Phase;
import org.credence.record.RecordStatus;

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
        return records.stream()
                .filter(r -> r.recordType().equals(recordType)
                        && r.status() != RecordStatus.REVOKED
                        && !r.decisionDate().isAfter(date))
                .min(Comparator.comparing(RecordFact::decisionDate).thenComparing(RecordFact::recordId));
    }

    private static Decision onRecords(OnRecords on, List<RecordFact> records, boolean underObjection, LocalDate date) {
        List<Long> causes = records.stream()
                .filter(r -> on.recordTypes().contains(r.recordType())
                        && (on.severities().isEmpty()
                                || (r.severity() != null && on.severities().contains(r.severity())))
                        && RecordEligibility.decide(r, Phase.IN_FORCE, underObjection, date)
                                instanceof RecordEligibility.Counts)
                .map(RecordFact::recordId)
                .sorted()
                .toList();
        return causes.isEmpty() ? new DoesNotHold() : new Holds(causes);
    }
}
