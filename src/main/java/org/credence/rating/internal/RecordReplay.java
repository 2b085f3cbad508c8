package org.credence.rating.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.credence.catalog.Severity;
import org.credence.record.CreditRecord;
import org.credence.record.FieldChange;
import org.credence.record.HistoryEntry;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * A record as it stood at a past moment, rebuilt from its current state by undoing, newest first, every history event
 * after that moment: a status change restores the status before it, a correction the field values before it. A record
 * filed after the moment did not exist then.
 *
 * <p>The history does not keep publicity dates; when a correction moved the decision date, the publicity dates move
 * back by the same number of days (they run from the decision date).
 */
final class RecordReplay {

    private RecordReplay() {}

    static Optional<RecordFact> asOf(CreditRecord record, List<HistoryEntry> history, Instant at, boolean repairable) {
        if (record.filedAt().toInstant().isAfter(at)) {
            return Optional.empty();
        }
        var state = new State(record);
        for (HistoryEntry entry : history.reversed()) {
            if (!entry.occurredAt().toInstant().isAfter(at)) {
                break;
            }
            if (entry.kind() == HistoryEntry.Kind.FILED) {
                return Optional.empty();
            }
            if (entry.fromStatus() != null) {
                state.status = entry.fromStatus();
            }
            entry.changes().forEach(state::undo);
        }
        return Optional.of(state.fact(record.recordId(), repairable));
    }

    /** The fields the engine reads, as they are rolled back. */
    private static final class State {

        String recordType;

        @Nullable
        Severity severity;

        RecordStatus status;
        LocalDate decisionDate;

        @Nullable
        LocalDate effectiveFrom;

        @Nullable
        LocalDate effectiveTo;

        long publicityShiftDays;
        final CreditRecord current;

        State(CreditRecord record) {
            current = record;
            recordType = record.recordType();
            severity = record.severity();
            status = record.status();
            decisionDate = record.decisionDate();
            effectiveFrom = record.effectiveFrom();
            effectiveTo = record.effectiveTo();
        }

        void undo(FieldChange change) {
            String before = change.from();
            switch (change.field()) {
                case "recordType" -> recordType = before == null ? recordType : before;
                case "severity" -> severity = before == null ? null : Severity.valueOf(before);
                case "decisionDate" -> {
                    if (before != null) {
                        LocalDate earlier = LocalDate.parse(before);
                        publicityShiftDays += ChronoUnit.DAYS.between(decisionDate, earlier);
                        decisionDate = earlier;
                    }
                }
                case "effectiveFrom" -> effectiveFrom = before == null ? null : LocalDate.parse(before);
                case "effectiveTo" -> effectiveTo = before == null ? null : LocalDate.parse(before);
                default -> {}
            }
        }

        RecordFact fact(long recordId, boolean repairable) {
            var publicity = current.publicity();
            return new RecordFact(
                    recordId,
                    recordType,
                    current.polarity(),
                    severity,
                    status,
                    decisionDate,
                    effectiveFrom,
                    effectiveTo,
                    shift(publicity.minimumEnd()),
                    shift(publicity.maximumEnd()),
                    repairable);
        }

        private @Nullable LocalDate shift(@Nullable LocalDate date) {
            return date == null ? null : date.plusDays(publicityShiftDays);
        }
    }
}
