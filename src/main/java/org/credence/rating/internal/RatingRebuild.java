package org.credence.rating.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.credence.rating.RatingChanged;
import org.credence.shared.Database;
import org.credence.shared.TableStatistics;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A full re-rating of a rated population on PostgreSQL, built in tables of its own and switched in at the end, in one
 * transaction, for the whole population at once: readers see every old rating until the switch and every new one
 * after it. Overwriting the live ratings in place cost a replacement half as much again as a first rating (every page
 * of the table read, pruned and rewritten, every stored rating read first to tell what changed); the job's own tables
 * take plain {@code COPY} without an index, get the live tables' indexes in one sorted build each at the end, and what
 * changed comes out of one join of the old ratings with the new.
 *
 * <p>At the switch the live tables are locked against everyone (a lock that only kept writers out would have to be
 * raised for the renames, which deadlocks with a writer that read before it waited); there the ratings of every scheme
 * the job does not rate are copied over as they are then (other jobs and the incremental path may have written them
 * meanwhile), and the subjects the incremental path rated meanwhile under the job's schemes (noted in {@code
 * rating_touch} by {@link RatingWriter}) are rated again: the job's ratings of them may be older. A job stopped midway
 * keeps its tables and resumes into them; those of a superseded or failed job are dropped by the next job that starts
 * a rebuild.
 */
@Component
class RatingRebuild {

    /** Changed grades published per event, so that no event holds a whole population's subjects. */
    private static final int CHANGES_PER_EVENT = 10_000;

    /** How long the switch waits for the live tables at a time, and how many times, before the job gives up. */
    private static final String LOCK_WAIT = "2s";

    private static final int LOCK_ATTEMPTS = 30;

    /** An index definition as {@code pg_get_indexdef} prints it: its name and table in groups 2 and 4. */
    private static final Pattern INDEX = Pattern.compile("^(CREATE (?:UNIQUE )?INDEX )(\\S+)( ON )(\\S+)( .*)$");

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final Database database;
    private final RatingWriter writer;
    private final TablePopulationReader population;
    private final TableStatistics statistics;
    private final JobStore jobs;

    RatingRebuild(
            JdbcClient jdbc,
            JobStore jobs,
            DataSource dataSource,
            Database database,
            RatingWriter writer,
            TablePopulationReader population,
            TableStatistics statistics) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(CHANGES_PER_EVENT); // the changes a batch at a time, not all in memory at once
        this.database = database;
        this.writer = writer;
        this.population = population;
        this.statistics = statistics;
    }

    /** The tables the job is building, if it is rebuilding the ratings. */
    Optional<RatingTables> of(long jobId) {
        return jobs.isRebuilding(jobId) ? Optional.of(RatingTables.rebuildOf(jobId)) : Optional.empty();
    }

    /**
     * Whether a job starting from the beginning should rebuild: on PostgreSQL, when the live tables hold ratings under
     * any of the schemes it rates (a first rating of a scheme has nothing to replace and goes straight into the live
     * table, and a job that only removes a retired scheme's ratings deletes them there).
     */
    boolean worthIt(Collection<String> rated) {
        return database.isPostgres()
                && !rated.isEmpty()
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM rating WHERE scheme_code IN (:schemes))")
                        .param("schemes", rated)
                        .query(Boolean.class)
                        .single();
    }

    /**
     * Creates the job's (empty) tables and names them on the job, in the caller's transaction; false when the owner
     * lost the job (the caller rolls back). Nothing else needs to wait: a subject the incremental path rates before the
     * job names its tables is rated by the job from the same inputs or newer ones, as its chunk is read later.
     */
    boolean start(long jobId, String owner) {
        dropAbandoned();
        RatingTables tables = RatingTables.rebuildOf(jobId);
        for (String table : List.of(tables.ratings(), tables.professions())) {
            jdbc.sql("DROP TABLE IF EXISTS " + table).update();
        }
        jdbc.sql("CREATE TABLE " + tables.ratings() + " (LIKE rating INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
                .update();
        jdbc.sql("CREATE TABLE " + tables.professions()
                        + " (LIKE rating_profession INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
                .update();
        return jobs.markRebuilding(jobId, owner);
    }

    /** The tables (and compared changes) of jobs that will never switch them in: superseded or failed ones. */
    private void dropAbandoned() {
        for (long jobId : jobs.abandonedRebuilds()) {
            RatingTables tables = RatingTables.rebuildOf(jobId);
            jdbc.sql("DROP TABLE IF EXISTS " + tables.ratings() + ", " + tables.professions() + ", "
                            + changesOf(tables))
                    .update();
            forget(jobId);
        }
    }

    /** The job no longer rebuilds: its notes of subjects rated meanwhile cleared, and its mark. */
    private void forget(long jobId) {
        jdbc.sql("DELETE FROM rating_touch WHERE job_id = :id")
                .param("id", jobId)
                .update();
        jobs.doneRebuilding(jobId);
    }

    private static String changesOf(RatingTables tables) {
        return tables.ratings() + "_changes";
    }

    /**
     * Switches the job's tables in, in the caller's transaction: indexes built, the other schemes' ratings copied
     * over, the subjects rated meanwhile rated again (by {@code rate}, under the job's schemes), every changed grade
     * handed to {@code changed} a batch at a time, the tables renamed into place and the old ones dropped.
     */
    void switchIn(
            long jobId,
            Collection<String> schemes,
            Function<PopulationReader.Chunk, List<RatingRow>> rate,
            OffsetDateTime now,
            Consumer<List<RatingChanged>> changed) {
        RatingTables tables = RatingTables.rebuildOf(jobId);
        String changes = changesOf(tables);
        List<Renamed> renamed = new ArrayList<>();
        try (ExecutorService comparer = Executors.newVirtualThreadPerTaskExecutor()) {
            // What changed under the job's schemes is compared on a connection of its own, into an unlogged table of
            // the job's, while this one builds the indexes: both only read the tables (an index build lets readers
            // in), and the comparison needs no index of the job's. Subjects rated after it are compared again below.
            // (a statement that creates a table takes no parameters: the schemes go in as literals)
            Future<?> compared = comparer.submit(() -> {
                jdbc.sql("DROP TABLE IF EXISTS " + changes).update();
                jdbc.sql("CREATE UNLOGGED TABLE " + changes + " AS "
                                + comparison(
                                        "(SELECT * FROM rating WHERE scheme_code IN (" + Database.literals(schemes)
                                                + "))",
                                        tables.ratings()))
                        .update();
            });
            renamed.addAll(copyIndexes("rating", tables.ratings(), jobId));
            renamed.addAll(copyIndexes("rating_profession", tables.professions(), jobId));
            awaitComparison(compared);
        }
        // a primary key's constraint locks its table against readers: added once the comparison is through
        for (Renamed index : renamed) {
            if (index.primaryKeyOf() != null) {
                jdbc.sql("ALTER TABLE " + index.primaryKeyOf() + " ADD CONSTRAINT " + index.built()
                                + " PRIMARY KEY USING INDEX " + index.built())
                        .update();
            }
        }
        // The changes are handed over before the live tables are locked, so that readers and writers go on meanwhile
        // (a new standard may change every grade). Those of subjects rated meanwhile are handed over once they are
        // rated again, under the lock; one rated between the two is reported twice, the second time as it switches,
        // which the listeners (that read the grades again) take as they take any report.
        String ofTouched = "subject_id IN (SELECT subject_id FROM rating_touch WHERE job_id = ?)";
        publishChanges(
                "SELECT subject_id, scheme_code, old_grade, new_grade, standard_version FROM " + changes + " WHERE NOT "
                        + ofTouched,
                changed,
                jobId);
        lockLive();
        carryOtherSchemes(tables, schemes);
        if (!rateTouched(jobId, tables, schemes, rate, now).isEmpty()) {
            String ofSchemes = " AND scheme_code IN (" + Database.literals(schemes) + ")";
            publishChanges(
                    comparison(
                            "(SELECT * FROM rating WHERE " + ofTouched + ofSchemes + ")",
                            "(SELECT * FROM " + tables.ratings() + " WHERE " + ofTouched + ofSchemes + ")"),
                    changed,
                    jobId,
                    jobId);
        }
        jdbc.sql("DROP TABLE " + changes).update();
        jdbc.sql("ALTER TABLE rating RENAME TO rating_retired_" + jobId).update();
        jdbc.sql("ALTER TABLE rating_profession RENAME TO rating_profession_retired_" + jobId)
                .update();
        jdbc.sql("ALTER TABLE " + tables.ratings() + " RENAME TO rating").update();
        jdbc.sql("ALTER TABLE " + tables.professions() + " RENAME TO rating_profession")
                .update();
        jdbc.sql("DROP TABLE rating_retired_" + jobId + ", rating_profession_retired_" + jobId)
                .update();
        // the indexes (and the primary keys they back) take the names of those they replace
        for (Renamed index : renamed) {
            jdbc.sql("ALTER INDEX " + index.built() + " RENAME TO " + index.original())
                    .update();
        }
        forget(jobId);
        // new tables under the old names: no planner statistics until they are analysed
        statistics.replaced("rating");
        statistics.replaced("rating_profession");
    }

    /**
     * An index built for the job's table under a name of its own, the name of the live index it replaces, and the
     * table whose primary key it is to become (null for any other index).
     */
    private record Renamed(
            String built, String original, @Nullable String primaryKeyOf) {}

    /**
     * Builds on the job's table every index the live table has, from the live definitions: an index added to the live
     * table by a later migration comes through a rebuild without anyone remembering it here.
     */
    private List<Renamed> copyIndexes(String live, String rebuilt, long jobId) {
        record Definition(String name, String sql, boolean primary) {}
        List<Definition> definitions = jdbc.sql("""
                        SELECT i.relname, pg_get_indexdef(i.oid), x.indisprimary
                        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                        WHERE x.indrelid = CAST(:t AS regclass) ORDER BY i.relname
                        """)
                .param("t", live)
                .query((rs, n) -> new Definition(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
        List<Renamed> renamed = new ArrayList<>();
        for (Definition index : definitions) {
            Matcher definition = INDEX.matcher(index.sql());
            if (!definition.matches()) {
                throw new IllegalStateException("unexpected index definition: " + index.sql());
            }
            String built = "rb" + jobId + "_" + index.name();
            if (built.length() > 63) {
                throw new IllegalStateException("index name too long for a rebuild: " + index.name());
            }
            jdbc.sql(definition.group(1) + built + definition.group(3) + rebuilt + definition.group(5))
                    .update();
            renamed.add(new Renamed(built, index.name(), index.primary() ? rebuilt : null));
        }
        return renamed;
    }

    /**
     * Locks the live tables against readers and writers alike until the switch commits. A lock held by a long reader
     * is waited for a short while at a time (new readers would queue behind the waiting lock), each failed wait undone
     * to a savepoint, so that readers get through between the attempts.
     */
    private void lockLive() {
        for (int attempt = 1; ; attempt++) {
            jdbc.sql("SAVEPOINT lock_live").update();
            try {
                jdbc.sql("SET LOCAL lock_timeout = '" + LOCK_WAIT + "'").update();
                jdbc.sql("LOCK TABLE rating, rating_profession IN ACCESS EXCLUSIVE MODE")
                        .update();
                jdbc.sql("SET LOCAL lock_timeout = 0").update();
                jdbc.sql("RELEASE SAVEPOINT lock_live").update();
                return;
            } catch (DataAccessException e) {
                jdbc.sql("ROLLBACK TO SAVEPOINT lock_live").update();
                if (attempt == LOCK_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * The live ratings of every scheme the job does not rate, copied into its tables as they are now. Ratings exist
     * only under schemes once published: when the job has them all, there is nothing to carry over.
     */
    private void carryOtherSchemes(RatingTables tables, Collection<String> schemes) {
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM rating_standard WHERE published_at IS NOT NULL"
                        + " AND scheme_code NOT IN (:schemes))")
                .param("schemes", schemes)
                .query(Boolean.class)
                .single()) {
            return;
        }
        jdbc.sql("INSERT INTO " + tables.ratings() + " SELECT * FROM rating WHERE scheme_code NOT IN (:schemes)")
                .param("schemes", schemes)
                .update();
        jdbc.sql("INSERT INTO " + tables.professions()
                        + " SELECT * FROM rating_profession WHERE scheme_code NOT IN (:schemes)")
                .param("schemes", schemes)
                .update();
    }

    /** The subjects rated meanwhile, rated again into the job's tables from what is on file now; their ids. */
    private List<Long> rateTouched(
            long jobId,
            RatingTables tables,
            Collection<String> schemes,
            Function<PopulationReader.Chunk, List<RatingRow>> rate,
            OffsetDateTime now) {
        List<Long> touched = jdbc.sql("SELECT subject_id FROM rating_touch WHERE job_id = :id ORDER BY subject_id")
                .param("id", jobId)
                .query(Long.class)
                .list();
        for (int from = 0; from < touched.size(); from += 1000) {
            List<Long> ids = touched.subList(from, Math.min(touched.size(), from + 1000));
            writer.replaceSubjects(tables, ids, schemes, rate.apply(population.subjects(ids)), now, now);
        }
        return touched;
    }

    /**
     * Every (subject, scheme) whose grade differs between the old ratings and the new (a rating on one side only
     * included): subject, scheme, old grade, new grade, the new rating's version (0 when there is none).
     */
    private static String comparison(String old, String rebuilt) {
        return """
                SELECT COALESCE(n.subject_id, o.subject_id) AS subject_id,
                       COALESCE(n.scheme_code, o.scheme_code) AS scheme_code,
                       o.grade AS old_grade, n.grade AS new_grade, COALESCE(n.standard_version, 0) AS standard_version
                FROM %s o FULL JOIN %s n ON n.subject_id = o.subject_id AND n.scheme_code = o.scheme_code
                WHERE o.grade IS DISTINCT FROM n.grade
                """.formatted(old, rebuilt);
    }

    private static void awaitComparison(Future<?> compared) {
        try {
            compared.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the job ends INTERRUPTED and resumes with the switch
            throw new IllegalStateException("interrupted while the changed grades were compared", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("the changed grades could not be compared", e.getCause());
        }
    }

    /** The changed grades the query finds, handed over a batch at a time. */
    private void publishChanges(String query, Consumer<List<RatingChanged>> changed, Object... params) {
        List<RatingChanged> batch = new ArrayList<>(CHANGES_PER_EVENT);
        streaming.query(
                query,
                rs -> {
                    batch.add(new RatingChanged(
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                    if (batch.size() == CHANGES_PER_EVENT) {
                        changed.accept(List.copyOf(batch));
                        batch.clear();
                    }
                },
                params);
        if (!batch.isEmpty()) {
            changed.accept(List.copyOf(batch));
        }
    }
}
