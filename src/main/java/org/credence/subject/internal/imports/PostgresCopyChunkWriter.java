package org.credence.subject.internal.imports;

import java.nio.charset.StandardCharsets;
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
 * PostgreSQL: COPY each chunk into a temporary staging table (no indexes, no WAL), then three set-based statements:
 * insert the identifiers not on file, keep the names about to change, update the changed rows. A chunk of all-new subjects
 * (the common case of a first load) costs the COPY and one INSERT ... SELECT. One connection for the whole import,
 * one transaction per chunk.
 */
final class PostgresCopyChunkWriter implements ChunkWriter {

    private static final String STAGE = """
            CREATE TEMPORARY TABLE IF NOT EXISTS subject_import_stage (
                kind VARCHAR(12) NOT NULL, identifier VARCHAR(18) NOT NULL, name VARCHAR(200) NOT NULL,
                region_code CHAR(6) NOT NULL, birth_date DATE, sex CHAR(1), organisation_type VARCHAR(24),
                registration_status VARCHAR(16)) ON COMMIT DELETE ROWS""";
    private static final String COPY = "COPY subject_import_stage (kind, identifier, name, region_code, birth_date,"
            + " sex, organisation_type, registration_status) FROM STDIN";
    private static final String INSERT_ALL = """
            INSERT INTO subject (kind, identifier, name, region_code, birth_date, sex, organisation_type,
                                 registration_status, created_at, updated_at)
            SELECT kind, identifier, name, region_code, birth_date, sex, organisation_type, registration_status, ?, ?
            FROM subject_import_stage""";
    private static final String INSERT_NEW = INSERT_ALL + " ON CONFLICT (identifier) DO NOTHING";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String HISTORY = """
            INSERT INTO subject_name_history (subject_id, previous_name, changed_at, source)
            SELECT s.subject_id, s.name, ?, 'IMPORT'
            FROM subject_import_stage t JOIN subject s ON s.identifier = t.identifier
            WHERE s.name <> t.name""";
    private static final String UPDATE = """
            UPDATE subject s
            SET name = t.name, region_code = t.region_code, registration_status = t.registration_status, updated_at = ?
            FROM subject_import_stage t
            WHERE s.identifier = t.identifier
              AND (s.name <> t.name OR s.region_code <> t.region_code
                   OR s.registration_status IS DISTINCT FROM t.registration_status)""";

    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final Connection connection;
    private final CopyManager copy;
    private final Clock clock;
    private final PreparedStatement insertAll;
    private final PreparedStatement insertNew;
    private final PreparedStatement history;
    private final PreparedStatement update;
    private final StringBuilder text = new StringBuilder(1 << 20);
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
        this.insertAll = connection.prepareStatement(INSERT_ALL);
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
            stage(rows);
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            long accepted = insertNew(now, rows.size());
            long updated = 0;
            if (accepted < rows.size()) {
                history.setObject(1, now);
                history.executeUpdate();
                update.setObject(1, now);
                updated = update.executeUpdate();
            }
            connection.commit();
            return new Counts(accepted, updated);
        } catch (SQLException e) {
            rollbackQuietly();
            throw translate("import a chunk of subjects", e);
        }
    }

    /**
     * Inserts the staged identifiers that are not on file. While chunks keep being all new (a first load), a plain
     * INSERT is tried first: it is half again as fast as ON CONFLICT, which pays for a speculative insertion per
     * row. A unique violation rolls it back to a savepoint and the chunk goes the ON CONFLICT way, as do the
     * following chunks until one is all new again.
     */
    private long insertNew(OffsetDateTime now, int rows) throws SQLException {
        if (allNewLastTime) {
            Savepoint savepoint = connection.setSavepoint();
            try {
                return execute(insertAll, now);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(savepoint);
            }
        }
        long inserted = execute(insertNew, now);
        allNewLastTime = inserted == rows;
        return inserted;
    }

    private static long execute(PreparedStatement statement, OffsetDateTime now) throws SQLException {
        statement.setObject(1, now);
        statement.setObject(2, now);
        return statement.executeUpdate();
    }

    private void stage(List<ImportRow> rows) throws SQLException {
        text.setLength(0);
        for (ImportRow row : rows) {
            text.append(row.kind()).append('\t').append(row.identifier()).append('\t');
            escape(row.name());
            text.append('\t').append(row.regionCode()).append('\t');
            field(row.birthDate() == null ? null : row.birthDate().toString());
            text.append('\t');
            field(row.sex());
            text.append('\t');
            field(row.organisationType());
            text.append('\t');
            field(row.registrationStatus());
            text.append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = copy.copyIn(COPY);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private void field(@Nullable String value) {
        if (value == null) {
            text.append("\\N");
        } else {
            text.append(value);
        }
    }

    /** COPY text format: backslash, tab and line breaks inside a value are escaped. */
    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
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
