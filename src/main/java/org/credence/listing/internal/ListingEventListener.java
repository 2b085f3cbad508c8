package org.credence.listing.internal;

import org.credence.rating.RatingChanged;
import org.credence.rating.RatingsChanged;
import org.credence.record.RecordFiled;
import org.credence.record.RecordStatusChanged;
import org.credence.record.RecordsFiled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The automatic rules, asynchronously after the transaction that published the event commits, each in a transaction
 * of its own. The publication registry keeps an event until its handling completes, so that a crash applies the rules
 * on restart; the rules are idempotent, so an event handled twice changes nothing more.
 */
@Component
class ListingEventListener {

    private final RecordRules records;
    private final GradeRules grades;

    ListingEventListener(RecordRules records, GradeRules grades) {
        this.records = records;
        this.grades = grades;
    }

    @ApplicationModuleListener
    void on(RecordFiled event) {
        records.filed(event);
    }

    /** A bulk filing's chunk: the same rules record by record (a record type no list names costs no query). */
    @ApplicationModuleListener
    void on(RecordsFiled event) {
        event.records().forEach(records::filed);
    }

    @ApplicationModuleListener
    void on(RecordStatusChanged event) {
        records.statusChanged(event);
    }

    @ApplicationModuleListener
    void on(RatingChanged event) {
        grades.changed(event);
    }

    /** The grade changes of a chunk of subjects rated together. */
    @ApplicationModuleListener
    void on(RatingsChanged event) {
        event.changes().forEach(grades::changed);
    }
}
