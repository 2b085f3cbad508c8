package org.credence.record.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The PostgreSQL bulk path: new records are streamed with {@code COPY} into credit_record and their FILED history into
 * credit_record_event; stored records sharing a key with a chunk are found with one array query. Runs in the caller's
 * transaction; a key stored meanwhile by another transaction fails the COPY with a {@link DuplicateKeyException}, and
 * the caller retries the chunk.
 */
@Component
class PostgresCopy {

    private static final String RECORD_COLUMNS = "record_id, " + RecordTables.INSERT_COLUMNS;
    private static final String HISTORY_COLUMNS =
            "subject_id, record_id, version, kind, status_to, actor, reason, batch_id, batch_line, occurred_at";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private volatile @Nullable Boolean available;

    PostgresCopy(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Whether the database is PostgreSQL, so that this path can be used. */
    boolean available() {
        Boolean known = available;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((Connection con) ->
                    con.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
            available = known;
        }
        return known;
    }

    /** The stored records of the provider under any of the references, in one query. */
    List<ExistingRecord> existing(String provider, List<String> references) {
        return jdbc.query(
                con -> {
                    var statement = con.prepareStatement("""
                            SELECT record_id, subject_id, provider_code, source_reference, status, version,
                                   content_hash, last_batch_id, last_batch_line
                            FROM credit_record WHERE provider_code = ? AND source_reference = ANY (?)
                            """);
                    statement.setString(1, provider);
                    statement.setArray(2, con.createArrayOf("varchar", references.toArray()));
                    return statement;
                },
                RecordRows.EXISTING);
    }

    /**
     * Streams the rows as new records with their history if none of their keys is stored yet; otherwise rolls back to
     * where it started (a savepoint) and returns false, for the caller to look the stored ones up. A fresh load thus
     * pays no lookup at all.
     */
    boolean copyIfAllNew(List<PreparedFiling> rows, long[] ids, long batchId, String actor, OffsetDateTime now) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = con.setSavepoint();
            try {
                copy(rows, ids, batchId, actor, now);
                con.releaseSavepoint(savepoint);
                return true;
            } catch (DuplicateKeyException e) {
                con.rollback(savepoint);
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("savepoint handling failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /** Streams the new records (version 1, active) and their FILED history. */
    void copy(List<PreparedFiling> rows, long[] ids, long batchId, String actor, OffsetDateTime now) {
        String at = now.toString();
        copyIn("COPY credit_record (" + RECORD_COLUMNS + ") FROM STDIN", out -> {
            var line = new CopyLine(out);
            for (int i = 0; i < rows.size(); i++) {
                record(line, rows.get(i), ids[i], batchId, at);
            }
        });
        copyIn("COPY credit_record_event (" + HISTORY_COLUMNS + ") FROM STDIN", out -> {
            var line = new CopyLine(out);
            for (int i = 0; i < rows.size(); i++) {
                var f = rows.get(i).filing();
                line.first(Long.toString(f.subjectId()));
                line.next(Long.toString(ids[i]));
                line.next("1");
                line.next("FILED");
                line.next(RecordStatus.ACTIVE.name());
                line.next(actor);
                line.next(FilingMerge.reasonFiled(f));
                line.next(Long.toString(batchId));
                line.next(Long.toString(f.line()));
                line.next(at);
                line.end();
            }
        });
    }

    private static void record(CopyLine line, PreparedFiling row, long id, long batchId, String at) throws IOException {
        var f = row.filing();
        var p = row.publicity();
        line.first(Long.toString(id));
        line.next(Long.toString(f.subjectId()));
        line.next(f.providerCode());
        line.next(f.sourceReference());
        line.next(f.type().code());
        line.next(f.editionCode());
        line.next(f.type().polarity().name());
        line.next(f.type().disclosure().name());
        line.next(f.severity() == null ? null : f.severity().name());
        line.next(RecordStatus.ACTIVE.name());
        line.next("1");
        line.next(f.decisionNumber());
        line.next(f.legalBasis());
        line.next(f.decisionDate().toString());
        line.next(text(f.effectiveFrom()));
        line.next(text(f.effectiveTo()));
        line.next(f.summary());
        line.next(f.payload());
        line.next(row.hash());
        line.next(text(p.publicationDate()));
        line.next(text(p.minimumEnd()));
        line.next(text(p.maximumEnd()));
        line.next(Long.toString(batchId));
        line.next(Long.toString(f.line()));
        line.next(at);
        line.next(at);
        line.end();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    /** Writes rows into a COPY. */
    private interface CopyBody {
        void write(Writer out) throws IOException;
    }

    private void copyIn(String sql, CopyBody body) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = new PGCopyOutputStream(con.unwrap(PGConnection.class), sql, 1 << 16);
            try (Writer out = new OutputStreamWriter(copy, StandardCharsets.UTF_8)) {
                body.write(out);
            }
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException cause && "23505".equals(cause.getSQLState())) {
                throw new DuplicateKeyException("a key of this chunk was stored meanwhile", cause);
            }
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new DuplicateKeyException("a key of this chunk was stored meanwhile", e);
            }
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /** One row in COPY text format, built in a buffer: tab-separated, {@code \N} for null, backslash escapes. */
    private static final class CopyLine {

        private final Writer out;
        private final StringBuilder row = new StringBuilder(512);

        CopyLine(Writer out) {
            this.out = out;
        }

        void first(String value) {
            row.setLength(0);
            append(value);
        }

        void next(@Nullable String value) {
            row.append('\t');
            append(value);
        }

        void end() throws IOException {
            row.append('\n');
            out.append(row);
        }

        private void append(@Nullable String value) {
            if (value == null) {
                row.append("\\N");
            } else if (plain(value)) {
                row.append(value);
            } else {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    switch (c) {
                        case '\\' -> row.append("\\\\");
                        case '\t' -> row.append("\\t");
                        case '\n' -> row.append("\\n");
                        case '\r' -> row.append("\\r");
                        default -> row.append(c);
                    }
                }
            }
        }

        private static boolean plain(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                    return false;
                }
            }
            return true;
        }
    }
}
