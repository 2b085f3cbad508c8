package org.credence.record.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.credence.record.FieldChange;
import org.credence.record.FilingOutcome;
import org.credence.record.HistoryEntry;
import org.credence.record.RecordCorrected;
import org.credence.record.RecordFiled;
import org.credence.record.RecordFiling;
import org.credence.record.RecordsFiled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Writes what a {@link FilingMerge.MergePlan} decided, appends the history and publishes the events. */
@Component
class RecordWrites {

    private final RecordTables tables;
    private final PostgresCopy copier;
    private final RecordIds ids;
    private final ApplicationEventPublisher events;

    RecordWrites(RecordTables tables, PostgresCopy copier, RecordIds ids, ApplicationEventPublisher events) {
        this.tables = tables;
        this.copier = copier;
        this.ids = ids;
        this.events = events;
    }

    /** Inserts the new records with JDBC batches, then their FILED history. */
    List<FilingOutcome> insert(FilingMerge.MergePlan plan) {
        if (plan.fresh.isEmpty()) {
            return List.of();
        }
        long[] ids = this.ids.take(plan.fresh.size());
        tables.insert(plan.fresh, ids, plan.batchId, plan.now);
        List<HistoryRow> history = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            RecordFiling f = plan.fresh.get(i).filing();
            history.add(new HistoryRow(
                    f.subjectId(),
                    ids[i],
                    1,
                    HistoryEntry.Kind.FILED,
                    null,
                    org.credence.record.RecordStatus.ACTIVE,
                    plan.actor,
                    FilingMerge.reasonFiled(f),
                    List.of(),
                    plan.batchId,
                    plan.batchId == null ? null : f.line(),
                    plan.now));
        }
        tables.appendHistory(history);
        return filed(plan, ids);
    }

    /** Streams the new records and their FILED history with PostgreSQL's {@code COPY}. */
    List<FilingOutcome> copy(FilingMerge.MergePlan plan) {
        if (plan.fresh.isEmpty()) {
            return List.of();
        }
        long[] ids = this.ids.take(plan.fresh.size());
        copier.copy(copier.encode(plan.fresh, ids, plan.batchId(), plan.actor, plan.now));
        return filed(plan, ids);
    }

    /**
     * Publishes the events of the new records (already written with the ids given in the order of
     * {@code plan.fresh}) and returns their outcomes: one {@link RecordsFiled} for a batch's chunk, a
     * {@link RecordFiled} per record otherwise.
     */
    List<FilingOutcome> filed(FilingMerge.MergePlan plan, long[] ids) {
        List<FilingOutcome> outcomes = new ArrayList<>(plan.fresh.size());
        List<RecordFiled> filed = new ArrayList<>(plan.fresh.size());
        for (int i = 0; i < ids.length; i++) {
            RecordFiling f = plan.fresh.get(i).filing();
            long recordId = ids[i];
            filed.add(new RecordFiled(
                    recordId,
                    f.subjectId(),
                    f.type().code(),
                    f.type().polarity(),
                    f.severity(),
                    f.providerCode(),
                    f.decisionDate()));
            outcomes.add(new FilingOutcome.Filed(f.line(), recordId));
        }
        if (plan.batchId != null) {
            events.publishEvent(RecordsFiled.of(filed));
        } else {
            filed.forEach(events::publishEvent);
        }
        return outcomes;
    }

    /** Applies corrections (checking nobody changed the records meanwhile) with their CORRECTED history. */
    List<FilingOutcome> correct(FilingMerge.MergePlan plan) {
        if (plan.corrections.isEmpty()) {
            return List.of();
        }
        Map<Long, RecordContent> before = tables.contents(
                plan.corrections.stream().map(p -> p.stored().recordId()).toList());
        List<RecordTables.Correction> rows = new ArrayList<>();
        List<HistoryRow> history = new ArrayList<>();
        List<FilingOutcome> outcomes = new ArrayList<>();
        for (FilingMerge.Planned planned : plan.corrections) {
            var c = planned.correction();
            var stored = planned.stored();
            var f = planned.prepared().filing();
            List<FieldChange> changes =
                    before.get(stored.recordId()).changesTo(planned.prepared().content());
            rows.add(new RecordTables.Correction(
                    stored.recordId(), planned.prepared(), c.version(), c.status(), plan.batchId));
            history.add(new HistoryRow(
                    f.subjectId(),
                    stored.recordId(),
                    c.version(),
                    HistoryEntry.Kind.CORRECTED,
                    stored.status(),
                    c.status(),
                    plan.actor,
                    f.reason() != null ? f.reason() : "corrected by " + f.providerCode(),
                    changes,
                    plan.batchId,
                    plan.batchId == null ? null : f.line(),
                    plan.now));
            events.publishEvent(new RecordCorrected(
                    stored.recordId(),
                    f.subjectId(),
                    f.type().code(),
                    f.type().polarity(),
                    f.severity(),
                    c.version(),
                    changes.stream().map(FieldChange::field).toList()));
            outcomes.add(new FilingOutcome.Corrected(f.line(), stored.recordId(), c.version(), changes));
        }
        if (tables.correct(rows, plan.now) != rows.size()) {
            throw new OptimisticLockingFailureException("a record changed while being corrected; retry");
        }
        tables.appendHistory(history);
        return outcomes;
    }

    /** Unchanged records: no history; in a batch, the line is remembered to catch a repeat later in the file. */
    List<FilingOutcome> keepUnchanged(FilingMerge.MergePlan plan) {
        List<FilingOutcome> outcomes = new ArrayList<>(plan.unchanged.size());
        List<long[]> marks = new ArrayList<>();
        for (FilingMerge.Planned planned : plan.unchanged) {
            long line = planned.prepared().line();
            outcomes.add(new FilingOutcome.Unchanged(line, planned.stored().recordId()));
            if (plan.batchId != null) {
                marks.add(new long[] {planned.stored().recordId(), plan.batchId, line});
            }
        }
        tables.markSubmitted(marks);
        return outcomes;
    }
}
