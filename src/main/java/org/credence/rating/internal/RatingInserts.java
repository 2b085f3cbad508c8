package org.credence.rating.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Inserts ratings with their reasons and professions, in the caller's transaction: JDBC batches anywhere, {@code COPY}
 * on PostgreSQL.
 */
interface RatingInserts {

    void insert(List<RatingRow> rows, OffsetDateTime computedAt);

    /** The reason rows' record ids: comma-separated. */
    static String recordIds(List<Long> ids) {
        StringBuilder text = new StringBuilder();
        for (Long id : ids) {
            if (text.length() + 21 > 240) {
                break;
            }
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(id);
        }
        return text.toString();
    }
}
