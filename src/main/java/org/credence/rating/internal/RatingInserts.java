package org.credence.rating.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Inserts ratings with their reasons and professions, in the caller's transaction: JDBC batches anywhere, {@code COPY}
 * on PostgreSQL.
 */
interface RatingInserts {

    /** Inserts the ratings and their professions into the tables. */
    void insert(RatingTables tables, List<RatingRow> rows, OffsetDateTime computedAt);

    /** A rating to overwrite, and the {@code read_at} of the stored one it replaces. */
    record Overwrite(RatingRow row, OffsetDateTime storedReadAt) {}

    /**
     * Overwrites in place each stored rating of the rows' (subject, scheme) that is still as read (its {@code read_at}
     * the one given), and inserts the rows' professions (the caller has deleted the old ones); returns how many
     * ratings it overwrote.
     */
    int update(List<Overwrite> rows, OffsetDateTime computedAt);
}
