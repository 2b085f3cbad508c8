package org.credence.listing.internal;

import org.credence.rating.RatingChanged;
import org.credence.record.RecordFiled;
import org.credence.record.RecordStatusChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Lets integration tests outside this package run the daily sweep and hand the rules an event once more. */
@Component
public class ListingTestAccess {

    private final EntrySweep sweep;
    private final RecordRules records;
    private final GradeRules grades;
    private final TransactionTemplate transactions;

    ListingTestAccess(EntrySweep sweep, RecordRules records, GradeRules grades, TransactionTemplate transactions) {
        this.sweep = sweep;
        this.records = records;
        this.grades = grades;
        this.transactions = transactions;
    }

    /** Runs the sweep now; how many entries came into force and how many expired. */
    public int[] sweep() {
        EntrySweep.Result result = sweep.sweep();
        return new int[] {result.activated(), result.expired(), result.escalated()};
    }

    /** Handles an event as the listener does (in a transaction of its own), as a redelivery after a crash would. */
    public void redeliver(Object event) {
        transactions.executeWithoutResult(status -> {
            switch (event) {
                case RecordFiled filed -> records.filed(filed);
                case RecordStatusChanged changed -> records.statusChanged(changed);
                case RatingChanged changed -> grades.changed(changed);
                default -> throw new IllegalArgumentException("not an event the rules handle: " + event);
            }
        });
    }
}
