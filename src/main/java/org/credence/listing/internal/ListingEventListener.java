package org.credence.listing.internal;

import java.util.List;
import org.credence.rating.GradesReplaced;
import org.credence.rating.RatingChanged;
import org.credence.rating.RatingsChanged;
import org.credence.record.RecordCorrected;
import org.credence.record.RecordFiled;
import org.credence.record.RecordStatusChanged;
import org.credence.record.RecordsFiled;
import org.credence.shared.ContendedWrites;
import org.credence.shared.backlog.BacklogConsumer;
import org.credence.shared.backlog.WorkBacklog;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The automatic rules, asynchronously after the transaction that published the event commits, each in a transaction
 * of its own, run again when it lost to a concurrent writer of the same entries ({@link ContendedWrites}: two grade
 * changes of one subject, say). The publication registry keeps an event until its handling completes, so that a crash
 * applies the rules on restart; the rules are idempotent, so an event handled twice changes nothing more.
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

    @Async
    @TransactionalEventListener
    void on(RecordFiled event) {
        ContendedWrites.run(transactions, () -> records.filed(event));
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

    @Async
    @TransactionalEventListener
    void on(RecordCorrected event) {
        ContendedWrites.run(transactions, () -> records.corrected(event));
    }

    @Async
    @TransactionalEventListener
    void on(RecordStatusChanged event) {
        ContendedWrites.run(transactions, () -> records.statusChanged(event));
    }

    @Async
    @TransactionalEventListener
    void on(RatingChanged event) {
        ContendedWrites.run(transactions, () -> grades.changed(event));
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
    @Async
    @TransactionalEventListener
    void on(RatingsChanged event) {
        ContendedWrites.run(transactions, () -> event.changes().forEach(grades::changed));
    }
}
