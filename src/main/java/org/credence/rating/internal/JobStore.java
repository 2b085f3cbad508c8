package org.credence.rating.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.credence.rating.RerateJob;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The re-rating jobs table. A job is claimed by one owner at a time (a process, by host, pid and a random part); every
 * update by the owner is guarded by its ownership and the RUNNING status, so that a superseded or taken-over job can
 * no longer write.
 */
@Repository
class JobStore {

    private final JdbcClient jdbc;

    JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(Map<String, Long> targets, String cause, long total, OffsetDateTime now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO rating_job (targets, cause, status, cursor_subject_id, subjects_total,
                            subjects_done, records_read, ratings_written, created_at)
                        VALUES (:targets, :cause, 'PENDING', 0, :total, 0, 0, 0, :now)
                        """)
                .param("targets", format(targets))
                .param("cause", cause)
                .param("total", total)
                .param("now", now)
                .update(keys, "job_id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<RerateJob> find(long jobId) {
        return jdbc.sql("SELECT * FROM rating_job WHERE job_id = :id")
                .param("id", jobId)
                .query(JobStore::row)
                .optional();
    }

    List<RerateJob> recent(int limit) {
        return jdbc.sql("SELECT * FROM rating_job ORDER BY job_id DESC LIMIT :limit")
                .param("limit", limit)
                .query(JobStore::row)
                .list();
    }

    List<RerateJob> unfinished() {
        return jdbc.sql("SELECT * FROM rating_job WHERE status IN ('PENDING', 'RUNNING') ORDER BY job_id")
                .query(JobStore::row)
                .list();
    }

    boolean supersede(long jobId) {
        return jdbc.sql("UPDATE rating_job SET status = 'SUPERSEDED', owner = NULL WHERE job_id = :id"
                                + " AND status IN ('PENDING', 'RUNNING')")
                        .param("id", jobId)
                        .update()
                == 1;
    }

    /** The oldest job that is pending, or running with an owner silent since {@code staleBefore}. */
    Optional<Long> claimable(OffsetDateTime staleBefore) {
        return jdbc.sql("SELECT job_id FROM rating_job WHERE status = 'PENDING'"
                        + " OR (status = 'RUNNING' AND heartbeat_at < :stale) ORDER BY job_id LIMIT 1")
                .param("stale", staleBefore)
                .query(Long.class)
                .optional();
    }

    /** Takes a job for an owner if it is pending, abandoned (silent owner) or already the owner's. */
    boolean claim(long jobId, String owner, OffsetDateTime now, OffsetDateTime staleBefore) {
        return jdbc.sql("""
                        UPDATE rating_job SET status = 'RUNNING', owner = :owner, heartbeat_at = :now,
                            started_at = COALESCE(started_at, :now)
                        WHERE job_id = :id AND (status = 'PENDING'
                            OR (status = 'RUNNING' AND (heartbeat_at < :stale OR owner = :owner)))
                        """)
                        .param("owner", owner)
                        .param("now", now)
                        .param("id", jobId)
                        .param("stale", staleBefore)
                        .update()
                == 1;
    }

    /** Moves the cursor after a chunk, in the chunk's transaction; false if the owner lost the job. */
    boolean advance(
            long jobId, String owner, long cursor, long subjects, long records, long ratings, OffsetDateTime now) {
        return updateOwned(
                jobId,
                owner,
                "cursor_subject_id = :cursor, subjects_done = subjects_done + :subjects,"
                        + " records_read = records_read + :records, ratings_written = ratings_written + :ratings,"
                        + " heartbeat_at = :now",
                statement -> statement
                        .param("cursor", cursor)
                        .param("subjects", subjects)
                        .param("records", records)
                        .param("ratings", ratings)
                        .param("now", now));
    }

    /** Reports the owner alive (and locks the job's row until the caller's transaction ends); false if it lost it. */
    boolean heartbeat(long jobId, String owner, OffsetDateTime now) {
        return updateOwned(jobId, owner, "heartbeat_at = :now", statement -> statement.param("now", now));
    }

    /** Marks the owner's job as rebuilding the ratings in tables of its own; false if the owner lost it. */
    boolean markRebuilding(long jobId, String owner) {
        return updateOwned(jobId, owner, "rebuilding = TRUE", statement -> statement);
    }

    boolean isRebuilding(long jobId) {
        return jdbc.sql("SELECT rebuilding FROM rating_job WHERE job_id = :id")
                .param("id", jobId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The jobs still marked as rebuilding that will never switch their tables in: superseded or failed ones. */
    List<Long> abandonedRebuilds() {
        return jdbc.sql("SELECT job_id FROM rating_job WHERE rebuilding AND status IN ('SUPERSEDED', 'FAILED')")
                .query(Long.class)
                .list();
    }

    /** The job rebuilds no more (its tables switched in, or dropped). */
    void doneRebuilding(long jobId) {
        jdbc.sql("UPDATE rating_job SET rebuilding = FALSE WHERE job_id = :id")
                .param("id", jobId)
                .update();
    }

    boolean finish(long jobId, String owner, RerateJob.Status status, @Nullable String error, OffsetDateTime now) {
        return updateOwned(
                jobId,
                owner,
                "status = :status, error = :error, finished_at = :now, heartbeat_at = :now",
                statement -> statement
                        .param("status", status.name())
                        .param("error", error == null ? null : error.substring(0, Math.min(1000, error.length())))
                        .param("now", now));
    }

    /**
     * Sets columns of a job the owner runs; false if it runs it no more (another instance took it over as abandoned,
     * or it ended), in which case nothing is written.
     */
    private boolean updateOwned(
            long jobId, String owner, String assignments, UnaryOperator<JdbcClient.StatementSpec> parameters) {
        return parameters
                        .apply(jdbc.sql("UPDATE rating_job SET " + assignments
                                + " WHERE job_id = :id AND status = 'RUNNING' AND owner = :owner"))
                        .param("id", jobId)
                        .param("owner", owner)
                        .update()
                == 1;
    }

    static String format(Map<String, Long> targets) {
        return targets.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    static Map<String, Long> parse(String targets) {
        Map<String, Long> parsed = new LinkedHashMap<>();
        for (String target : targets.split(",")) {
            if (!target.isBlank()) {
                int eq = target.indexOf('=');
                parsed.put(target.substring(0, eq), Long.parseLong(target.substring(eq + 1)));
            }
        }
        return parsed;
    }

    private static RerateJob row(ResultSet rs, int n) throws SQLException {
        return new RerateJob(
                rs.getLong("job_id"),
                parse(rs.getString("targets")),
                rs.getString("cause"),
                RerateJob.Status.valueOf(rs.getString("status")),
                rs.getLong("cursor_subject_id"),
                rs.getLong("subjects_total"),
                rs.getLong("subjects_done"),
                rs.getLong("records_read"),
                rs.getLong("ratings_written"),
                rs.getString("owner"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("heartbeat_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class),
                rs.getString("error"));
    }
}
