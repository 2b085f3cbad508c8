package org.credence.listing.internal;

import java.util.List;
import org.credence.rating.GradesReplaced;
import org.credence.rating.RatingChanged;
import org.credence.rating.RatingsChanged;
import org.credence.record.RecordCorrected;
import org.credence.record.RecordFiled;
import org.credence.record.RecordStatusChanged;
import org.credence.record.RecordsFiled;
import org.credence.shared.backlog.BacklogConsumer;
import org.credence.shared.backlog.WorkBacklog;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The automatic rules, asynchronously after the transaction that published the event commits, each in a transaction
 * of its own. The publication registry keeps an event until its handling completes, so that a crash applies the rules
 * on restart; the rules are idempotent, so an event handled twice changes nothing more.
 */
@Component
class ListingEventListener implements BacklogConsumer {

    static final String QUEUE = "listing.records";

    private final RecordRules records;
    private final GradeRules grades;
    private final WorkBacklog backlog;
    private final TransactionTemplate transactions;

    ListingEventListener(
            RecordRules records, GradeRules grades, WorkBacklog backlog, PlatformTransactionManager transactions) {
        this.records = records;
        this.grades = grades;
        this.backlog = backlog;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public String queue() {
        return QUEUE;
    }

    /** Queued records, in sets of their own transaction ({@link InSets}). */
    @Override
    public void process(List<Long> recordIds) {
        InSets.apply(recordIds, transactions, records::filed);
    }

    @ApplicationModuleListener
    void on(RecordFiled event) {
        records.filed(event);
    }

    /**
     * A bulk filing's chunk, in its transaction: the records of types some list's rule takes are queued in the work
     * backlog (exactly when they are stored, with no event to keep), which applies the same rules record by record
     * once the batch is through. A type no list names costs nothing.
     */
    @EventListener
    void on(RecordsFiled event) {
        List<Long> taken = event.groups().stream()
                .filter(g -> records.takes(g.recordType(), g.severity()))
                .flatMap(g -> g.recordIds().stream())
                .toList();
        backlog.add(QUEUE, taken);
    }

    @ApplicationModuleListener
    void on(RecordCorrected event) {
        records.corrected(event);
    }

    @ApplicationModuleListener
    void on(RecordStatusChanged event) {
        records.statusChanged(event);
    }

    @ApplicationModuleListener
    void on(RatingChanged event) {
        grades.changed(event);
    }

    /**
     * A full re-rating's chunk, in its transaction: the subjects whose grade crossed a list's grade rule are queued in
     * the work backlog ({@link GradeBacklog}), which applies the grade rules to them once the job is through.
     */
    @EventListener
    void on(GradesReplaced event) {
        List<Long> crossed = event.transitions().stream()
                .filter(t -> grades.crossesAny(t.scheme(), t.from(), t.to()))
                .flatMap(t -> t.subjectIds().stream())
                .toList();
        backlog.add(GradeBacklog.QUEUE, crossed);
    }

    /** The grade changes of a chunk of subjects rated together. */
    @ApplicationModuleListener
    void on(RatingsChanged event) {
        event.changes().forEach(grades::changed);
    }
}
