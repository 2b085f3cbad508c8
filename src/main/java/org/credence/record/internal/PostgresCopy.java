package org.credence.record.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.credence.record.RecordStatus;
import org.credence.shared.Database;
import org.credence.shared.copy.CopyBinary;
import org.credence.shared.copy.CopyBuffer;
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
    private final Database database;

    PostgresCopy(DataSource dataSource, JdbcTemplate jdbc, Database database) {
        this.database = database;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Whether the database is PostgreSQL, so that this path can be used. */
    boolean available() {
        return database.isPostgres();
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

    /** The rows of new records and of their FILED history in binary COPY format, and the record ids they use. */
    record CopyData(long[] ids, CopyBuffer records, CopyBuffer history) {}

    /** Encodes the rows as new records (version 1, active) with the given ids, and their FILED history. */
    CopyData encode(List<PreparedFiling> rows, long[] ids, long batchId, String actor, OffsetDateTime now) {
        var records = new CopyBinary();
        var history = new CopyBinary();
        for (int i = 0; i < rows.size(); i++) {
            record(records, rows.get(i), ids[i], batchId, now);
            var f = rows.get(i).filing();
            history.row(10)
                    .int8(f.subjectId())
                    .int8(ids[i])
                    .int4(1)
                    .text("FILED")
                    .text(RecordStatus.ACTIVE.name())
                    .text(actor)
                    .text(FilingMerge.reasonFiled(f))
                    .int8(batchId)
                    .int8(f.line())
                    .timestamp(now);
        }
        return new CopyData(ids, records.finish(), history.finish());
    }

    /**
     * Streams the data as new records with their history if none of their keys is stored yet; otherwise rolls back to
     * where it started (a savepoint) and returns false, for the caller to look the stored ones up. A fresh load thus
     * pays no lookup at all.
     */
    boolean copyIfAllNew(CopyData data) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = con.setSavepoint();
            try {
                copy(data);
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

    /** Streams encoded records and their history. */
    void copy(CopyData data) {
        data.records().copyInto(dataSource, "COPY credit_record (" + RECORD_COLUMNS + ") FROM STDIN (FORMAT binary)");
        data.history()
                .copyInto(dataSource, "COPY credit_record_event (" + HISTORY_COLUMNS + ") FROM STDIN (FORMAT binary)");
    }

    private static void record(CopyBinary row, PreparedFiling prepared, long id, long batchId, OffsetDateTime now) {
        var f = prepared.filing();
        var p = prepared.publicity();
        row.row(26)
                .int8(id)
                .int8(f.subjectId())
                .text(f.providerCode())
                .text(f.sourceReference())
                .text(f.type().code())
                .text(f.editionCode())
                .text(f.type().polarity().name())
                .text(f.type().disclosure().name())
                .text(f.severity() == null ? null : f.severity().name())
                .text(RecordStatus.ACTIVE.name())
                .int4(1)
                .text(f.decisionNumber())
                .text(f.legalBasis())
                .date(f.decisionDate())
                .date(f.effectiveFrom())
                .date(f.effectiveTo())
                .text(f.summary())
                .text(f.payload())
                .text(prepared.hash())
                .date(p.publicationDate())
                .date(p.minimumEnd())
                .date(p.maximumEnd())
                .int8(batchId)
                .int8(f.line())
                .timestamp(now)
                .timestamp(now);
    }
}
