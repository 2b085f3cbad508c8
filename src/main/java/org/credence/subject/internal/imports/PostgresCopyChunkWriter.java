package org.credence.subject.internal.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * PostgreSQL, one connection for the whole import and one transaction per chunk. The sync path: COPY the chunk into
 * a temporary staging table (no indexes, no WAL), then set-based statements that insert the identifiers not on file
 * (ON CONFLICT DO NOTHING), keep the names about to change and update the changed rows, counting from the statements.
 * The first-load path: while chunks keep being all new, a chunk is COPYed straight into {@code subject} under a
 * savepoint; a unique violation rolls that back and sends the chunk (and the next ones, until one is all new again)
 * the sync way. A first load thus costs little more than a plain COPY.
 */
final class PostgresCopyChunkWriter implements ChunkWriter {

    private static final String STAGE = """
            CREATE TEMPORARY TABLE IF NOT EXISTS subject_import_stage (
                kind VARCHAR(12) NOT NULL, identifier_hash VARCHAR(64) NOT NULL, identifier_cipher VARCHAR(100),
                identifier_key_id VARCHAR(16), identifier_masked VARCHAR(18), name VARCHAR(200) NOT NULL,
                region_code CHAR(6) NOT NULL, birth_date DATE, sex CHAR(1), organisation_type VARCHAR(24),
                registration_status VARCHAR(16), created_at TIMESTAMP WITH TIME ZONE NOT NULL,
                updated_at TIMESTAMP WITH TIME ZONE NOT NULL) ON COMMIT DELETE ROWS""";
    private static final String COPY_STAGE = "COPY subject_import_stage (" + CopyText.COLUMNS + ") FROM STDIN";
    private static final String COPY_SUBJECT = "COPY subject (" + CopyText.COLUMNS + ") FROM STDIN";
    private static final String INSERT_NEW = "INSERT INTO subject (" + CopyText.COLUMNS + ") SELECT " + CopyText.COLUMNS
            + " FROM subject_import_stage ON CONFLICT (identifier_hash) DO NOTHING";
    private static final String HISTORY = """
            INSERT INTO subject_name_history (subject_id, previous_name, changed_at, source)
            SELECT s.subject_id, s.name, t.updated_at, 'IMPORT'
            FROM subject_import_stage t JOIN subject s ON s.identifier_hash = t.identifier_hash
            WHERE s.name <> t.name""";
    private static final String UPDATE = """
            UPDATE subject s
            SET name = t.name, region_code = t.region_code, registration_status = t.registration_status,
                updated_at = t.updated_at
            FROM subject_import_stage t
            WHERE s.identifier_hash = t.identifier_hash
              AND (s.name <> t.name OR s.region_code <> t.region_code
                   OR s.registration_status IS DISTINCT FROM t.registration_status)""";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final Connection connection;
    private final CopyManager copy;
    private final Clock clock;
    private final PreparedStatement insertNew;
    private final PreparedStatement history;
    private final PreparedStatement update;
    private final CopyText text = new CopyText();
    private boolean allNewLastTime = true;

    private PostgresCopyChunkWriter(Connection connection, Clock clock) throws SQLException {
        this.connection = connection;
        this.clock = clock;
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGE);
        }
        connection.commit();
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.insertNew = connection.prepareStatement(INSERT_NEW);
        this.history = connection.prepareStatement(HISTORY);
        this.update = connection.prepareStatement(UPDATE);
    }

    static PostgresCopyChunkWriter open(DataSource dataSource, Clock clock) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            return new PostgresCopyChunkWriter(connection, clock);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw translate("open the import staging table", e);
        }
    }

    @Override
    public Counts write(List<ImportRow> rows) {
        try {
            byte[] data = text.encode(rows, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            Counts counts = allNewLastTime && copiedAsNew(data) ? new Counts(rows.size(), 0) : synchronise(data, rows);
            connection.commit();
            return counts;
        } catch (SQLException e) {
            rollbackQuietly();
            throw translate("import a chunk of subjects", e);
        }
    }

    /** COPY straight into the subject table; {@code false} (and nothing stored) if an identifier is on file. */
    private boolean copiedAsNew(byte[] data) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            copy(COPY_SUBJECT, data);
            return true;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(savepoint);
            return false;
        }
    }

    private Counts synchronise(byte[] data, List<ImportRow> rows) throws SQLException {
        copy(COPY_STAGE, data);
        long accepted = insertNew.executeUpdate();
        allNewLastTime = accepted == rows.size();
        long updated = 0;
        if (accepted < rows.size()) {
            history.executeUpdate();
            updated = update.executeUpdate();
        }
        return new Counts(accepted, updated);
    }

    private void copy(String sql, byte[] data) throws SQLException {
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(data, 0, data.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    @Override
    public void close() {
        try (Statement statement = connection.createStatement()) {
            connection.rollback();
            statement.execute("DROP TABLE IF EXISTS subject_import_stage");
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw translate("drop the import staging table", e);
        } finally {
            closeQuietly(connection);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to do with a connection that failed
            }
        }
    }

    private static RuntimeException translate(String task, SQLException e) {
        RuntimeException translated = TRANSLATOR.translate(task, null, e);
        return translated != null ? translated : new IllegalStateException(task + " failed", e);
    }
}
