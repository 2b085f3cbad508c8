package org.credence.shared.backlog;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The queue of deferred work (table {@code work_backlog}, a row per set of ids); see the package documentation. */
@Component
public class WorkBacklog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    WorkBacklog(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** Queues the ids (each once) in the caller's transaction, so that they are queued exactly when it commits. */
    public void add(String queue, Collection<Long> ids) {
        Long[] distinct = new LinkedHashSet<>(ids).toArray(Long[]::new);
        if (distinct.length == 0) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        template.update(con -> {
            var ps = con.prepareStatement(
                    "INSERT INTO work_backlog (queue, item_ids, id_count, queued_at) VALUES (?, ?, ?, ?)");
            ps.setString(1, queue);
            ps.setArray(2, con.createArrayOf("BIGINT", distinct));
            ps.setInt(3, distinct.length);
            ps.setTimestamp(4, now);
            return ps;
        });
    }

    /**
     * Work still owed: ids queued here, and events whose listeners have not completed (a listener may still queue
     * more). Zero means every module has caught up with every write so far.
     */
    public long outstanding() {
        // Modulith's registry answers this only by loading and deserialising every incomplete publication; its table
        // answers with a count
        long queued = jdbc.sql("SELECT COALESCE(SUM(id_count), 0) FROM work_backlog")
                .query(Long.class)
                .single();
        long events = jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class)
                .single();
        return queued + events;
    }

    /** When the oldest set of a queue was queued, if any is. */
    Optional<OffsetDateTime> oldest(String queue) {
        return jdbc.sql("SELECT queued_at FROM work_backlog WHERE queue = :queue ORDER BY item_seq LIMIT 1")
                .param("queue", queue)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC))
                .optional();
    }

    /** The oldest sets of a queue, in queue order, until they hold at least {@code ids} ids (at least one set). */
    List<Item> take(String queue, int ids) {
        // the running count of ids before each set picks the sets in the database: only those travel
        return jdbc.sql("SELECT item_seq, item_ids FROM (SELECT item_seq, item_ids,"
                        + " SUM(id_count) OVER (ORDER BY item_seq) - id_count AS before"
                        + " FROM work_backlog WHERE queue = :queue) sets WHERE before < :ids ORDER BY item_seq")
                .param("queue", queue)
                .param("ids", ids)
                .query((rs, n) -> new Item(rs.getLong(1), longs(rs.getArray(2))))
                .list();
    }

    /** Removes exactly the sets taken; a set queued meanwhile stays. */
    void remove(List<Item> taken) {
        template.batchUpdate(
                "DELETE FROM work_backlog WHERE item_seq = ?", taken, 1000, (ps, item) -> ps.setLong(1, item.seq()));
    }

    private static List<Long> longs(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        List<Long> ids = new ArrayList<>(values.length);
        for (Object value : values) {
            ids.add(((Number) value).longValue());
        }
        return ids;
    }

    /** One queued set of ids. */
    record Item(long seq, List<Long> ids) {}
}
