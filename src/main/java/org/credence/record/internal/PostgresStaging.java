package org.credence.record.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The PostgreSQL bulk path: a chunk is streamed with {@code COPY} into a session-private staging table, matched
 * against stored records with one join, and the new ones are inserted with their FILED history in one set-based
 * statement. Runs in the caller's transaction.
 */
@Component
class PostgresStaging {

    private static final String STAGE_COLUMNS = "line_no, subject_id, provider_code, source_reference, record_type,"
            + " edition_code, polarity, disclosure, severity, decision_number, legal_basis, decision_date,"
            + " effective_from, effective_to, summary, payload, content_hash, publication_date, publicity_min_end,"
            + " publicity_max_end, reason";

    private static final String CREATE_STAGE = """
            CREATE TEMPORARY TABLE IF NOT EXISTS credit_record_stage (
                line_no BIGINT NOT NULL, subject_id BIGINT NOT NULL, provider_code VARCHAR(40) NOT NULL,
                source_reference VARCHAR(100) NOT NULL, record_type VARCHAR(60) NOT NULL,
                edition_code VARCHAR(20) NOT NULL, polarity VARCHAR(8) NOT NULL, disclosure VARCHAR(10) NOT NULL,
                severity VARCHAR(8), decision_number VARCHAR(100), legal_basis VARCHAR(500),
                decision_date DATE NOT NULL, effective_from DATE, effective_to DATE, summary VARCHAR(500) NOT NULL,
                payload VARCHAR(4000), content_hash CHAR(32) NOT NULL, publication_date DATE,
                publicity_min_end DATE, publicity_max_end DATE, reason VARCHAR(500))
            """;

    private static final String INSERT_STAGED = """
            WITH inserted AS (
                INSERT INTO credit_record (%s)
                SELECT subject_id, provider_code, source_reference, record_type, edition_code, polarity, disclosure,
                       severity, 'ACTIVE', 1, decision_number, legal_basis, decision_date, effective_from,
                       effective_to, summary, payload, content_hash, publication_date, publicity_min_end,
                       publicity_max_end, :batch, line_no, :now, :now
                FROM credit_record_stage
                ORDER BY line_no
                ON CONFLICT (provider_code, source_reference) DO NOTHING
                RETURNING record_id, subject_id, last_batch_line),
            history AS (
                INSERT INTO credit_record_event (subject_id, record_id, version, kind, status_to, actor, reason,
                                                 batch_id, batch_line, occurred_at)
                SELECT i.subject_id, i.record_id, 1, 'FILED', 'ACTIVE', :actor, s.reason, :batch, i.last_batch_line,
                       :now
                FROM inserted i JOIN credit_record_stage s ON s.line_no = i.last_batch_line)
            SELECT record_id, last_batch_line FROM inserted
            """.formatted(RecordTables.INSERT_COLUMNS);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private volatile @Nullable Boolean available;

    PostgresStaging(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Whether the database is PostgreSQL, so that this path can be used. */
    boolean available() {
        Boolean known = available;
        if (known == null) {
            Connection con = DataSourceUtils.getConnection(dataSource);
            try {
                known = con.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            } catch (SQLException e) {
                known = false;
            } finally {
                DataSourceUtils.releaseConnection(con, dataSource);
            }
            available = known;
        }
        return known;
    }

    /** Copies the filings into the staging table and returns the stored records that share their keys. */
    List<ExistingRecord> stage(List<PreparedFiling> rows) {
        jdbc.sql(CREATE_STAGE).update();
        jdbc.sql("TRUNCATE credit_record_stage").update();
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = new PGCopyOutputStream(
                    con.unwrap(PGConnection.class),
                    "COPY credit_record_stage (" + STAGE_COLUMNS + ") FROM STDIN",
                    1 << 16);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
                for (PreparedFiling row : rows) {
                    writeRow(out, row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the staging table failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
        return jdbc.sql("""
                        SELECT r.record_id, r.subject_id, r.source_reference, r.status, r.version, r.content_hash,
                               r.last_batch_id, r.last_batch_line
                        FROM credit_record_stage s
                        JOIN credit_record r
                          ON r.provider_code = s.provider_code AND r.source_reference = s.source_reference
                        """).query(RecordRows.EXISTING).list();
    }

    /** Inserts the staged rows not stored yet, with their FILED history; returns record ids by line. */
    Map<Long, Long> insertStaged(long batchId, String actor, OffsetDateTime now) {
        Map<Long, Long> ids = new HashMap<>();
        jdbc.sql(INSERT_STAGED)
                .param("batch", batchId)
                .param("now", now)
                .param("actor", actor)
                .query(rs -> {
                    ids.put(rs.getLong("last_batch_line"), rs.getLong("record_id"));
                });
        return ids;
    }

    private static void writeRow(Writer out, PreparedFiling row) throws IOException {
        var f = row.filing();
        var p = row.publicity();
        out.write(Long.toString(f.line()));
        field(out, Long.toString(f.subjectId()));
        field(out, f.providerCode());
        field(out, f.sourceReference());
        field(out, f.type().code());
        field(out, f.editionCode());
        field(out, f.type().polarity().name());
        field(out, f.type().disclosure().name());
        field(out, f.severity() == null ? null : f.severity().name());
        field(out, f.decisionNumber());
        field(out, f.legalBasis());
        field(out, date(f.decisionDate()));
        field(out, date(f.effectiveFrom()));
        field(out, date(f.effectiveTo()));
        field(out, f.summary());
        field(out, f.payload());
        field(out, row.hash());
        field(out, date(p.publicationDate()));
        field(out, date(p.minimumEnd()));
        field(out, date(p.maximumEnd()));
        field(out, FilingMerge.reasonFiled(f));
        out.write('\n');
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Writes a tab and the value in COPY text format: {@code \N} for null, backslash escapes otherwise. */
    private static void field(Writer out, @Nullable String value) throws IOException {
        out.write('\t');
        if (value == null) {
            out.write("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }
}
