package org.credence.rating.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Inserts ratings with their reasons and professions, in the caller's transaction: JDBC batches anywhere, {@code COPY}
 * on PostgreSQL.
 */
interface RatingInserts {

    void insert(List<RatingRow> rows, OffsetDateTime computedAt);
}
