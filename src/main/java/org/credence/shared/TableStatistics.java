package org.credence.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.credence.shared.backlog.BulkWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps PostgreSQL's planner statistics in step with bulk writes. A table filled in bulk (records of a batch, ratings
 * of a re-rating, an import of subjects) and queried right after has no statistics, or stale ones, until autovacuum
 * analyses it, which may be minutes later or never (autovacuum can be off); the planner then picks sequential scans
 * for lookups of a few thousand ids (seen at 40 ms instead of 1 ms per query). Writers report the rows they add;
 * when a table has changed by at least {@value #MIN_ROWS} rows and as many as it held at its last analysis (it about
 * doubled: estimates stay within a factor of two, at a few analyses per million rows), it is analysed on a thread of
 * its own, off the writer's path, once the reporting transaction has finished; while bulk work runs (a batch of
 * records), only when it ends, before the backlog works on what it wrote. Nothing happens on H2.
 */
@Component
public class TableStatistics implements DisposableBean {

    static final long MIN_ROWS = 1000;

    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Database database;
    private final JdbcTemplate jdbc;
    private final Map<String, Counts> tables = new ConcurrentHashMap<>();

    private final ExecutorService analyser = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("table-statistics").daemon().factory());

    private final BulkWork bulk;

    TableStatistics(Database database, JdbcTemplate jdbc, BulkWork bulk) {
        this.database = database;
        this.jdbc = jdbc;
        this.bulk = bulk;
        bulk.onEnd(this::analyseDue);
    }

    /** At the end of bulk work: every table changed past its threshold, analysed now, on the caller's thread. */
    private void analyseDue() {
        tables.forEach((table, counts) -> {
            if (counts.claimIfDue()) {
                analyse(table, counts);
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        analyser.shutdown(); // an analysis under way finishes: a command's bulk import is worth it for the next one
        analyser.awaitTermination(2, TimeUnit.MINUTES);
    }

    /** Reports rows added to (or changed in) a table by the current transaction, or by a finished write. */
    public void changed(String table, long rows) {
        if (rows <= 0 || !database.isPostgres()) {
            return;
        }
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        Counts counts = tables.computeIfAbsent(table, t -> new Counts());
        counts.changed.addAndGet(rows);
        // while a bulk job runs, analysed when it ends: nothing queries its tables by estimate meanwhile
        if (bulk.active() || !counts.claimIfDue()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    analyser.execute(() -> analyse(table, counts));
                }
            });
        } else {
            analyser.execute(() -> analyse(table, counts));
        }
    }

    /**
     * Reports a table replaced as a whole (a new table renamed into its place, in the current transaction): it has no
     * statistics at all, so it is analysed as soon as the rules above allow, however large it was.
     */
    public void replaced(String table) {
        if (database.isPostgres()) {
            tables.computeIfAbsent(table, t -> new Counts()).analysedSize.set(0); // as good as never analysed
            changed(table, MIN_ROWS);
        }
    }

    private void analyse(String table, Counts counts) {
        try {
            jdbc.execute("ANALYZE " + table);
            Long size = jdbc.queryForObject(
                    "SELECT reltuples::bigint FROM pg_class WHERE oid = CAST(? AS regclass)", Long.class, table);
            counts.analysedSize.set(size == null ? 0 : Math.max(0, size));
            counts.changed.set(0);
        } catch (RuntimeException e) {
            log.warn("Could not analyse table {}: {}", table, e.getMessage());
        } finally {
            counts.pending.set(false);
        }
    }

    private static final class Counts {
        final AtomicLong changed = new AtomicLong();
        final AtomicLong analysedSize = new AtomicLong();
        final AtomicBoolean pending = new AtomicBoolean();

        /** Whether the table changed enough since its last analysis, and no analysis of it is pending (then claims). */
        boolean claimIfDue() {
            return changed.get() >= Math.max(MIN_ROWS, analysedSize.get()) && pending.compareAndSet(false, true);
        }
    }
}
