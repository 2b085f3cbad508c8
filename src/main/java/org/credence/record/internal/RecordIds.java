package org.credence.record.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out record ids from blocks of {@link #BLOCK} taken from {@code credit_record_id_seq} (which counts in steps of
 * a block), so that several instances never collide and a bulk chunk needs one database call per block. Ids of a
 * block an instance did not use before it stopped are skipped: ids are unique, not dense.
 */
@Component
class RecordIds {

    static final int BLOCK = 1000;

    private final JdbcTemplate jdbc;
    private long next;
    private long end;

    RecordIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    synchronized long[] take(int count) {
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            if (next == end) {
                Long start = jdbc.queryForObject("SELECT nextval('credit_record_id_seq')", Long.class);
                if (start == null) {
                    throw new IllegalStateException("credit_record_id_seq returned nothing");
                }
                next = start;
                end = start + BLOCK;
            }
            ids[i] = next++;
        }
        return ids;
    }
}
