package org.credence.rating.internal;

import org.credence.record.RecordCorrected;
import org.credence.record.RecordFiled;
import org.credence.record.RecordStatusChanged;
import org.credence.record.RecordsFiled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The incremental path: a record filed, corrected or changing status re-rates its subject alone, asynchronously after
 * the record's transaction commits. The publication registry keeps the event until this completes, so that a crash
 * re-rates the subject on restart.
 */
@Component
class RecordEventListener {

    private final IncrementalRater rater;

    RecordEventListener(IncrementalRater rater) {
        this.rater = rater;
    }

    @ApplicationModuleListener
    void on(RecordFiled event) {
        rater.rate(event.subjectId());
    }

    /** A batch's chunk: each subject once, however many of its records the chunk holds. */
    @ApplicationModuleListener
    void on(RecordsFiled event) {
        rater.rateAll(event.records().stream().map(RecordFiled::subjectId).toList());
    }

    @ApplicationModuleListener
    void on(RecordCorrected event) {
        rater.rate(event.subjectId());
    }

    @ApplicationModuleListener
    void on(RecordStatusChanged event) {
        rater.rate(event.subjectId());
    }
}
