package org.credence.ingest.internal;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.credence.ingest.BatchFormat;
import org.credence.ingest.BatchMode;
import org.credence.ingest.BatchStatus;
import org.credence.ingest.BatchView;
import org.credence.ingest.LineRejection;
import org.credence.shared.Database;
import org.credence.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The batch tables. Every write by a worker names the owner it expects, so that a worker whose lease another instance
 * took over can no longer record anything.
 */
@Repository
class BatchStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Database database;

    BatchStore(JdbcClient jdbc, JdbcTemplate template, Database database) {
        this.database = database;
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Lets the current transaction commit without waiting for its WAL to reach disk (PostgreSQL only). Safe for a
     * chunk: its records and the batch's progress mark commit together, so a database crash that loses the commit
     * loses both, and the batch resumes at the earlier mark: nothing lost, nothing repeated.
     */
    void commitWithoutWaitingForDisk() {
        if (database.isPostgres()) {
            template.execute("SET LOCAL synchronous_commit TO OFF");
        }
    }

    long insert(
            String provider,
            String submittedBy,
            BatchFormat format,
            BatchMode mode,
            String fileName,
            UploadStore.Stored file,
            @Nullable String owner,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ingest_batch (provider_code, submitted_by, format, mode, status, file_name, file_path,
                    file_size, total_lines, lines_read, accepted, corrected, unchanged, rejected, owner, heartbeat_at,
                    attempts, created_at, started_at)
                VALUES (:provider, :by, :format, :mode, :status, :name, :path, :size, :total, 0, 0, 0, 0, 0, :owner,
                    :heartbeat, :attempts, :now, :started)
                """)
                .param("provider", provider)
                .param("by", submittedBy)
                .param("format", format.name())
                .param("mode", mode.name())
                .param("status", owner == null ? BatchStatus.QUEUED.name() : BatchStatus.RUNNING.name())
                .param("name", fileName)
                .param("path", file.path().toString())
                .param("size", file.size())
                .param("total", file.lines())
                .param("owner", owner)
                .param("heartbeat", owner == null ? null : now)
                .param("attempts", owner == null ? 0 : 1)
                .param("now", now)
                .param("started", owner == null ? null : now)
                .update(keys, "batch_id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<BatchRow> find(long batchId) {
        return jdbc.sql("SELECT * FROM ingest_batch WHERE batch_id = :id")
                .param("id", batchId)
                .query(BatchStore::row)
                .optional();
    }

    /** Batches waiting for a worker: queued, or running under a lease not renewed since {@code staleBefore}. */
    List<Long> claimable(OffsetDateTime staleBefore, int limit) {
        return jdbc.sql("SELECT batch_id FROM ingest_batch WHERE status = 'QUEUED'"
                        + " OR (status = 'RUNNING' AND heartbeat_at < :stale) ORDER BY batch_id LIMIT :limit")
                .param("stale", staleBefore)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** Takes the lease of a claimable batch; false when another instance was quicker or it is not claimable. */
    boolean claim(long batchId, String owner, OffsetDateTime now, OffsetDateTime staleBefore) {
        return jdbc.sql("""
                        UPDATE ingest_batch SET status = 'RUNNING', owner = :owner, heartbeat_at = :now,
                            attempts = attempts + 1, started_at = COALESCE(started_at, :now)
                        WHERE batch_id = :id AND (status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < :stale))
                        """)
                        .param("owner", owner)
                        .param("now", now)
                        .param("id", batchId)
                        .param("stale", staleBefore)
                        .update()
                == 1;
    }

    /** Adds a chunk's counts and moves the progress mark; false when the lease was lost. */
    boolean progress(long batchId, String owner, ChunkResult chunk, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE ingest_batch SET lines_read = :lines, accepted = accepted + :accepted,
                            corrected = corrected + :corrected, unchanged = unchanged + :unchanged,
                            rejected = rejected + :rejected, heartbeat_at = :now
                        WHERE batch_id = :id AND owner = :owner AND status = 'RUNNING'
                        """)
                        .param("lines", chunk.lastLine())
                        .param("accepted", chunk.accepted())
                        .param("corrected", chunk.corrected())
                        .param("unchanged", chunk.unchanged())
                        .param("rejected", chunk.rejectedLines())
                        .param("now", now)
                        .param("id", batchId)
                        .param("owner", owner)
                        .update()
                == 1;
    }

    /** Starts an atomic batch over: no progress, no rejections (its data were rolled back with the crash). */
    void restart(long batchId, String owner) {
        jdbc.sql("DELETE FROM ingest_rejection WHERE batch_id = :id")
                .param("id", batchId)
                .update();
        jdbc.sql("""
                UPDATE ingest_batch SET lines_read = 0, accepted = 0, corrected = 0, unchanged = 0, rejected = 0
                WHERE batch_id = :id AND owner = :owner
                """).param("id", batchId).param("owner", owner).update();
    }

    boolean finish(long batchId, String owner, BatchStatus status, @Nullable String failure, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE ingest_batch SET status = :status, failure = :failure, finished_at = :now,
                            heartbeat_at = :now, owner = NULL,
                            lines_read = CASE WHEN :status = 'COMPLETED' THEN total_lines ELSE lines_read END
                        WHERE batch_id = :id AND owner = :owner AND status = 'RUNNING'
                        """)
                        .param("status", status.name())
                        .param("failure", failure == null ? null : abbreviate(failure))
                        .param("now", now)
                        .param("id", batchId)
                        .param("owner", owner)
                        .update()
                == 1;
    }

    /** Hands a batch back to the queue (a graceful shutdown), so that another instance resumes it at once. */
    void release(long batchId, String owner) {
        jdbc.sql("UPDATE ingest_batch SET status = 'QUEUED', owner = NULL WHERE batch_id = :id AND owner = :owner"
                        + " AND status = 'RUNNING'")
                .param("id", batchId)
                .param("owner", owner)
                .update();
    }

    void addRejections(long batchId, List<LineRejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        template.batchUpdate(
                "INSERT INTO ingest_rejection (batch_id, line_no, field, code, message) VALUES (?, ?, ?, ?, ?)",
                rejections,
                1000,
                (ps, r) -> {
                    ps.setLong(1, batchId);
                    ps.setLong(2, r.line());
                    ps.setString(3, abbreviate(r.field(), 100));
                    ps.setString(4, r.code());
                    ps.setString(5, abbreviate(r.message()));
                });
    }

    List<LineRejection> rejections(long batchId, PageRequest page) {
        return jdbc.sql("SELECT line_no, field, code, message FROM ingest_rejection WHERE batch_id = :id"
                        + " ORDER BY line_no, rejection_id LIMIT :limit OFFSET :offset")
                .param("id", batchId)
                .param("limit", page.size() + 1)
                .param("offset", page.offset())
                .query((rs, n) -> new LineRejection(
                        rs.getLong("line_no"), rs.getString("field"), rs.getString("code"), rs.getString("message")))
                .list();
    }

    private static BatchRow row(ResultSet rs, int n) throws SQLException {
        var view = new BatchView(
                rs.getLong("batch_id"),
                rs.getString("provider_code"),
                BatchFormat.valueOf(rs.getString("format")),
                BatchMode.valueOf(rs.getString("mode")),
                BatchStatus.valueOf(rs.getString("status")),
                rs.getString("file_name"),
                rs.getLong("total_lines"),
                rs.getLong("lines_read"),
                rs.getLong("accepted"),
                rs.getLong("corrected"),
                rs.getLong("unchanged"),
                rs.getLong("rejected"),
                rs.getString("failure"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
        return new BatchRow(
                view,
                rs.getString("submitted_by"),
                Path.of(rs.getString("file_path")),
                rs.getString("owner"),
                rs.getInt("attempts"));
    }

    private static String abbreviate(String text) {
        return abbreviate(text, 1000);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
