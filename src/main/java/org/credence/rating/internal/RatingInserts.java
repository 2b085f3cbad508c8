package org.credence.rating.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Inserts ratings with their reasons and professions, in the caller's transaction: JDBC batches anywhere, {@code COPY}
 * on PostgreSQL.
 */
interface RatingInserts {

    /** Inserts the ratings and their professions. */
    void insert(List<RatingRow> rows, OffsetDateTime computedAt);

    /**
     * Overwrites the stored ratings of the rows' (subject, scheme) in place, except those stored from newer inputs than
     * the row's, and inserts the rows' professions (the caller has deleted the old ones); returns how many ratings it
     * overwrote.
     */
    int update(List<RatingRow> rows, OffsetDateTime computedAt);
}
