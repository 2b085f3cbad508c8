package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Re-rates the subjects whose ratings time alone may have changed: a record's publicity ended, a decay step or the end
 * of a new-subject period was reached. Each rating stores the first such date ({@code valid_until}), so the sweep
 * touches exactly those subjects, one at a time through the incremental path.
 */
@Component
class StaleRatingSweep {

    private static final int BATCH = 500;

    private final RatingQueries queries;
    private final IncrementalRater rater;
    private final RatingTime time;

    StaleRatingSweep(RatingQueries queries, IncrementalRater rater, RatingTime time) {
        this.queries = queries;
        this.rater = rater;
        this.time = time;
    }

    long sweep() {
        LocalDate today = time.today();
        long done = 0;
        long cursor = 0;
        for (List<Long> batch = queries.staleSubjects(today, cursor, BATCH);
                !batch.isEmpty();
                batch = queries.staleSubjects(today, cursor, BATCH)) {
            for (long subjectId : batch) {
                rater.rate(subjectId);
                done++;
            }
            cursor = batch.getLast();
        }
        return done;
    }
}
