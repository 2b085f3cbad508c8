package org.credence.rating.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.credence.rating.RatingChanged;
import org.credence.shared.Database;
import org.credence.shared.TableStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A full re-rating of a rated population on PostgreSQL, built in tables of its own and switched in at the end, in one
 * transaction, for the whole population at once: readers see every old rating until the switch and every new one
 * after it. Overwriting the live ratings in place cost a replacement half as much again as a first rating (every page
 * of the table read, pruned and rewritten, every stored rating read first to tell what changed); the job's own tables
 * take plain {@code COPY} without an index, get their keys in one sorted build at the end, and what changed comes out of
 * one join of the old table with the new.
 *
 * <p>The ratings of schemes the job does not re-rate are copied in when it starts. Subjects the incremental path rates
 * while the job runs are noted ({@code rating_touch}, by {@link RatingWriter}) and rated again into the job's tables
 * when it switches them in, while writers of the live tables wait: the job's ratings of them may be older. A job
 * stopped midway keeps its tables and resumes into them; those of a superseded or failed job are dropped by the next
 * job that starts a rebuild.
 */
@Component
class RatingRebuild {

    /** Changed grades published per event, so that no event holds a whole population's subjects. */
    private static final int CHANGES_PER_EVENT = 10_000;

    private final JdbcClient jdbc;
    private final Database database;
    private final RatingWriter writer;
    private final TablePopulationReader population;
    private final TableStatistics statistics;

    RatingRebuild(
            JdbcClient jdbc,
            Database database,
            RatingWriter writer,
            TablePopulationReader population,
            TableStatistics statistics) {
        this.jdbc = jdbc;
        this.database = database;
        this.writer = writer;
        this.population = population;
        this.statistics = statistics;
    }

    /** The tables the job is building, if it is rebuilding the ratings. */
    Optional<RatingTables> of(long jobId) {
        return jdbc.sql("SELECT rebuild_table FROM rating_job WHERE job_id = :id AND rebuild_table IS NOT NULL")
                .param("id", jobId)
                .query(String.class)
                .optional()
                .map(table -> {
                    RatingTables tables = RatingTables.rebuildOf(jobId);
                    if (!tables.ratings().equals(table)) {
                        throw new IllegalStateException("job " + jobId + " names rebuild table " + table);
                    }
                    return tables;
                });
    }

    /**
     * Whether a job starting from the beginning should rebuild: on PostgreSQL, when the live tables hold ratings under
     * any of the schemes it rates (a first rating of a scheme has nothing to replace and goes straight into the live
     * table, and a job that only removes a retired scheme's ratings deletes them there).
     */
    boolean worthIt(Collection<String> schemes) {
        return database.isPostgres()
                && !schemes.isEmpty()
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM rating WHERE scheme_code IN (:schemes))")
                        .param("schemes", schemes)
                        .query(Boolean.class)
                        .single();
    }

    /**
     * Creates the job's tables with the live ratings of every other scheme, and names them on the job; in the caller's
     * transaction, false (and nothing to commit) when the owner lost the job. Writers of the live tables wait meanwhile.
     */
    boolean start(long jobId, String owner, Collection<String> schemes) {
        dropAbandoned();
        RatingTables tables = RatingTables.rebuildOf(jobId);
        jdbc.sql("LOCK TABLE rating, rating_profession IN SHARE MODE").update();
        for (String table : List.of(tables.ratings(), tables.professions())) {
            jdbc.sql("DROP TABLE IF EXISTS " + table).update();
        }
        jdbc.sql("CREATE TABLE " + tables.ratings() + " (LIKE rating INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
                .update();
        jdbc.sql("CREATE TABLE " + tables.professions()
                        + " (LIKE rating_profession INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
                .update();
        // ratings exist only under schemes once published: when the job has them all, there is nothing to carry over
        // (and no need to scan the live table for it)
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM rating_standard WHERE published_at IS NOT NULL"
                        + " AND scheme_code NOT IN (:schemes))")
                .param("schemes", schemes)
                .query(Boolean.class)
                .single()) {
            jdbc.sql("INSERT INTO " + tables.ratings() + " SELECT * FROM rating WHERE scheme_code NOT IN (:schemes)")
                    .param("schemes", schemes)
                    .update();
            jdbc.sql("INSERT INTO " + tables.professions()
                            + " SELECT * FROM rating_profession WHERE scheme_code NOT IN (:schemes)")
                    .param("schemes", schemes)
                    .update();
        }
        return jdbc.sql("UPDATE rating_job SET rebuild_table = :table"
                                + " WHERE job_id = :id AND status = 'RUNNING' AND owner = :owner")
                        .param("table", tables.ratings())
                        .param("id", jobId)
                        .param("owner", owner)
                        .update()
                == 1;
    }

    /** The tables of jobs that will never switch them in (superseded, failed), dropped. */
    private void dropAbandoned() {
        List<Long> abandoned = jdbc.sql("SELECT job_id FROM rating_job WHERE rebuild_table IS NOT NULL"
                        + " AND status IN ('SUPERSEDED', 'FAILED', 'COMPLETED')")
                .query(Long.class)
                .list();
        for (long jobId : abandoned) {
            RatingTables tables = RatingTables.rebuildOf(jobId);
            jdbc.sql("DROP TABLE IF EXISTS " + tables.ratings() + ", " + tables.professions())
                    .update();
            forget(jobId);
        }
    }

    /** The job no longer rebuilds: its notes of subjects rated meanwhile, and its tables' name, cleared. */
    private void forget(long jobId) {
        jdbc.sql("DELETE FROM rating_touch WHERE job_id = :id")
                .param("id", jobId)
                .update();
        jdbc.sql("UPDATE rating_job SET rebuild_table = NULL WHERE job_id = :id")
                .param("id", jobId)
                .update();
    }

    /**
     * Switches the job's tables in, in the caller's transaction: keys built, the subjects rated meanwhile rated again
     * (by {@code rate}, under the job's schemes; their other schemes' ratings taken from the live table), every changed
     * grade handed to {@code changed} a batch at a time, the tables renamed into place and the old ones dropped.
     */
    void switchIn(
            long jobId,
            Collection<String> schemes,
            Function<PopulationReader.Chunk, List<RatingRow>> rate,
            OffsetDateTime now,
            Consumer<List<RatingChanged>> changed) {
        RatingTables tables = RatingTables.rebuildOf(jobId);
        String changes = tables.ratings() + "_changes";
        try (ExecutorService comparer = Executors.newVirtualThreadPerTaskExecutor()) {
            // What changed is compared on a connection of its own, into an unlogged table of the job's, while this one
            // builds the keys: the two only read the job's tables (an index build lets readers in), and the comparison
            // needs no key of them. Subjects rated after it are compared again below.
            Future<?> compared = comparer.submit(() -> {
                jdbc.sql("DROP TABLE IF EXISTS " + changes).update();
                jdbc.sql("CREATE UNLOGGED TABLE " + changes + " AS " + comparison("rating", tables.ratings()))
                        .update();
            });
            jdbc.sql("CREATE UNIQUE INDEX " + tables.ratings() + "_pkey ON " + tables.ratings()
                            + " (subject_id, scheme_code)")
                    .update();
            jdbc.sql("CREATE UNIQUE INDEX " + tables.professions() + "_pkey ON " + tables.professions()
                            + " (subject_id, scheme_code, profession_code)")
                    .update();
            jdbc.sql("CREATE INDEX " + tables.professions() + "_rank_idx ON " + tables.professions()
                            + " (scheme_code, profession_code, region_code, score)")
                    .update();
            awaitComparison(compared);
        }
        for (String table : List.of(tables.ratings(), tables.professions())) {
            jdbc.sql("ALTER TABLE " + table + " ADD CONSTRAINT " + table + "_pkey PRIMARY KEY USING INDEX " + table
                            + "_pkey")
                    .update();
        }
        // from here on, the live tables' writers wait until the switch commits
        jdbc.sql("LOCK TABLE rating, rating_profession IN SHARE MODE").update();
        List<Long> touched = rateTouched(jobId, tables, schemes, rate, now);
        for (int from = 0; from < touched.size(); from += 1000) {
            List<Long> ids = touched.subList(from, Math.min(touched.size(), from + 1000));
            Map<String, Object> params = Map.of("ids", database.longs(ids));
            String ofThem = " WHERE " + database.isAnyOf("subject_id", "ids");
            jdbc.sql("DELETE FROM " + changes + ofThem).params(params).update();
            jdbc.sql("INSERT INTO " + changes + " "
                            + comparison(
                                    "(SELECT * FROM rating" + ofThem + ")",
                                    "(SELECT * FROM " + tables.ratings() + ofThem + ")"))
                    .params(params)
                    .update();
        }
        publishChanges(changes, changed);
        jdbc.sql("DROP TABLE " + changes).update();
        jdbc.sql("ALTER TABLE rating RENAME TO rating_retired_" + jobId).update();
        jdbc.sql("ALTER TABLE rating_profession RENAME TO rating_profession_retired_" + jobId)
                .update();
        jdbc.sql("ALTER TABLE " + tables.ratings() + " RENAME TO rating").update();
        jdbc.sql("ALTER TABLE " + tables.professions() + " RENAME TO rating_profession")
                .update();
        jdbc.sql("DROP TABLE rating_retired_" + jobId + ", rating_profession_retired_" + jobId)
                .update();
        jdbc.sql("ALTER TABLE rating RENAME CONSTRAINT " + tables.ratings() + "_pkey TO rating_pkey")
                .update();
        jdbc.sql("ALTER TABLE rating_profession RENAME CONSTRAINT " + tables.professions()
                        + "_pkey TO rating_profession_pkey")
                .update();
        jdbc.sql("ALTER INDEX " + tables.professions() + "_rank_idx RENAME TO rating_profession_rank_idx")
                .update();
        forget(jobId);
        // new tables under the old names: no planner statistics until they are analysed
        statistics.replaced("rating");
        statistics.replaced("rating_profession");
    }

    /** The subjects rated meanwhile, rated again into the job's tables from what is on file now; their ids. */
    private List<Long> rateTouched(
            long jobId,
            RatingTables tables,
            Collection<String> schemes,
            Function<PopulationReader.Chunk, List<RatingRow>> rate,
            OffsetDateTime now) {
        List<Long> touched = jdbc.sql("SELECT DISTINCT subject_id FROM rating_touch WHERE job_id = :id")
                .param("id", jobId)
                .query(Long.class)
                .list();
        for (int from = 0; from < touched.size(); from += 1000) {
            List<Long> ids = touched.subList(from, Math.min(touched.size(), from + 1000));
            PopulationReader.Chunk chunk = population.subjects(ids);
            writer.replaceSubjects(tables, ids, schemes, rate.apply(chunk), now, now);
            Map<String, Object> params = Map.of("ids", database.longs(ids), "schemes", schemes);
            String others = database.isAnyOf("subject_id", "ids") + " AND scheme_code NOT IN (:schemes)";
            jdbc.sql("DELETE FROM " + tables.ratings() + " WHERE " + others)
                    .params(params)
                    .update();
            jdbc.sql("DELETE FROM " + tables.professions() + " WHERE " + others)
                    .params(params)
                    .update();
            jdbc.sql("INSERT INTO " + tables.ratings() + " SELECT * FROM rating WHERE " + others)
                    .params(params)
                    .update();
            jdbc.sql("INSERT INTO " + tables.professions() + " SELECT * FROM rating_profession WHERE " + others)
                    .params(params)
                    .update();
        }
        return touched;
    }

    /**
     * Every (subject, scheme) whose grade differs between the old ratings and the new (a rating on one side only
     * included): subject, scheme, old grade, new grade, the new rating's version (0 when there is none).
     */
    private static String comparison(String old, String rebuilt) {
        return """
                SELECT COALESCE(n.subject_id, o.subject_id) AS subject_id, COALESCE(n.scheme_code, o.scheme_code) AS scheme_code,
                       o.grade AS old_grade, n.grade AS new_grade, COALESCE(n.standard_version, 0) AS standard_version
                FROM %s o FULL JOIN %s n ON n.subject_id = o.subject_id AND n.scheme_code = o.scheme_code
                WHERE o.grade IS DISTINCT FROM n.grade
                """.formatted(old, rebuilt);
    }

    private static void awaitComparison(Future<?> compared) {
        try {
            compared.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the changed grades were compared", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("the changed grades could not be compared", e.getCause());
        }
    }

    /** The changed grades compared into the table, handed over a batch at a time. */
    private void publishChanges(String changes, Consumer<List<RatingChanged>> changed) {
        List<RatingChanged> batch = new ArrayList<>(CHANGES_PER_EVENT);
        jdbc.sql("SELECT subject_id, scheme_code, old_grade, new_grade, standard_version FROM " + changes)
                .query(rs -> {
                    batch.add(new RatingChanged(
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                    if (batch.size() == CHANGES_PER_EVENT) {
                        changed.accept(List.copyOf(batch));
                        batch.clear();
                    }
                });
        if (!batch.isEmpty()) {
            changed.accept(List.copyOf(batch));
        }
    }
}
