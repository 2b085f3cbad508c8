package org.credence.rating.internal;

import java.util.List;
import org.credence.record.RecordCorrected;
import org.credence.record.RecordFiled;
import org.credence.record.RecordStatusChanged;
import org.credence.record.RecordsFiled;
import org.credence.shared.backlog.BacklogConsumer;
import org.credence.shared.backlog.WorkBacklog;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The incremental path: a record filed, corrected or changing status re-rates its subject alone, asynchronously after
 * the record's transaction commits. The publication registry keeps the event until this completes, so that a crash
 * re-rates the subject on restart. A bulk filing's chunk queues its subjects in the work backlog instead, in the filing
 * transaction itself (so that they are queued exactly when the records are stored, with no event to keep); the backlog
 * rates them in large sets once the batch is through, a subject in many chunks once.
 */
@Component
class RecordEventListener implements BacklogConsumer {

    static final String QUEUE = "rating.subjects";

    private final IncrementalRater rater;
    private final WorkBacklog backlog;

    RecordEventListener(IncrementalRater rater, WorkBacklog backlog) {
        this.rater = rater;
        this.backlog = backlog;
    }

    @ApplicationModuleListener
    void on(RecordFiled event) {
        rater.rate(event.subjectId());
    }

    /** A batch's chunk, in its transaction: each subject queued once, however many of its records the chunk holds. */
    @EventListener
    void on(RecordsFiled event) {
        backlog.add(QUEUE, event.distinctSubjectIds());
    }

    @ApplicationModuleListener
    void on(RecordCorrected event) {
        rater.rate(event.subjectId());
    }

    @ApplicationModuleListener
    void on(RecordStatusChanged event) {
        rater.rate(event.subjectId());
    }

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public void process(List<Long> subjectIds) {
        rater.rateAll(subjectIds);
    }
}
