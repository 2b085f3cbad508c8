package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Re-rates the subjects whose ratings time alone may have changed: a record's publicity ended, a decay step or the end
 * of a new-subject period was reached. Each rating stores the first such date ({@code valid_until}), so the sweep
 * touches exactly those subjects, one at a time through the incremental path.
 */
@Component
class StaleRatingSweep {

    /** Subject ids looked at per query: a range of the primary key, a few thousand ratings. */
    private static final long RANGE = 5_000;

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
        long after = 0;
        for (Optional<Long> first = queries.nextRatedSubject(after);
                first.isPresent();
                first = queries.nextRatedSubject(after)) {
            // the range starts at the next rated subject: gaps in the ids cost nothing
            long from = first.get() - 1;
            long last = from + RANGE;
            for (long subjectId : queries.staleSubjects(today, from, last)) {
                rater.rate(subjectId);
                done++;
            }
            after = last;
        }
        return done;
    }
}
