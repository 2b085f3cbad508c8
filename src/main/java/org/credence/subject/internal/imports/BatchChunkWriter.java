package org.credence.subject.internal.imports;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Any database without COPY (the embedded H2): read the chunk's identifiers that are on file, sort the rows into new,
 * changed and unchanged, and write them with JDBC batches, one transaction per chunk.
 */
final class BatchChunkWriter implements ChunkWriter {

    private static final int IN_LIST = 1000;
    private static final String INSERT = """
            INSERT INTO subject (kind, identifier_hash, identifier_cipher, identifier_key_id, identifier_masked,
                                 name, region_code, birth_date, sex, organisation_type, registration_status,
                                 created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = "UPDATE subject SET name = ?, region_code = ?, registration_status = ?,"
            + " updated_at = ? WHERE subject_id = ?";
    private static final String HISTORY = "INSERT INTO subject_name_history (subject_id, previous_name, changed_at,"
            + " source) VALUES (?, ?, ?, 'IMPORT')";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BatchChunkWriter(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public Counts write(List<ImportRow> rows) {
        return Objects.requireNonNull(transaction.execute(status -> store(rows)));
    }

    private Counts store(List<ImportRow> rows) {
        Map<String, OnFile> onFile = onFile(rows);
        List<ImportRow> inserts = new ArrayList<>();
        List<Changed> updates = new ArrayList<>();
        for (ImportRow row : rows) {
            OnFile current = onFile.get(row.stored().hash());
            if (current == null) {
                inserts.add(row);
            } else if (!current.sameAs(row)) {
                updates.add(new Changed(current, row));
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.batchUpdate(INSERT, inserts, Math.max(1, inserts.size()), (ps, row) -> insert(ps, row, now));
        List<Changed> renamed = updates.stream()
                .filter(c -> !c.current().name().equals(c.row().name()))
                .toList();
        jdbc.batchUpdate(HISTORY, renamed, Math.max(1, renamed.size()), (ps, c) -> {
            ps.setLong(1, c.current().subjectId());
            ps.setString(2, c.current().name());
            ps.setObject(3, now);
        });
        jdbc.batchUpdate(UPDATE, updates, Math.max(1, updates.size()), (ps, c) -> {
            ps.setString(1, c.row().name());
            ps.setString(2, c.row().regionCode());
            ps.setString(3, c.row().registrationStatus());
            ps.setObject(4, now);
            ps.setLong(5, c.current().subjectId());
        });
        return new Counts(inserts.size(), updates.size());
    }

    private Map<String, OnFile> onFile(List<ImportRow> rows) {
        Map<String, OnFile> found = new HashMap<>(rows.size() * 2);
        for (int from = 0; from < rows.size(); from += IN_LIST) {
            List<String> ids = rows.subList(from, Math.min(rows.size(), from + IN_LIST)).stream()
                    .map(row -> row.stored().hash())
                    .toList();
            named.query(
                    "SELECT subject_id, identifier_hash, name, region_code, registration_status FROM subject"
                            + " WHERE identifier_hash IN (:ids)",
                    Map.of("ids", ids),
                    rs -> {
                        found.put(
                                rs.getString(2),
                                new OnFile(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5)));
                    });
        }
        return found;
    }

    private static void insert(PreparedStatement ps, ImportRow row, OffsetDateTime now) throws SQLException {
        ps.setString(1, row.kind());
        ps.setString(2, row.stored().hash());
        ps.setString(3, row.stored().cipher());
        ps.setString(4, row.stored().keyId());
        ps.setString(5, row.stored().masked());
        ps.setString(6, row.name());
        ps.setString(7, row.regionCode());
        if (row.birthDate() == null) {
            ps.setNull(8, Types.DATE);
        } else {
            ps.setDate(8, Date.valueOf(row.birthDate()));
        }
        ps.setString(9, row.sex());
        ps.setString(10, row.organisationType());
        ps.setString(11, row.registrationStatus());
        ps.setObject(12, now);
        ps.setObject(13, now);
    }

    @Override
    public void close() {}

    private record OnFile(
            long subjectId,
            String name,
            String regionCode,
            @Nullable String registrationStatus) {

        boolean sameAs(ImportRow row) {
            return name.equals(row.name())
                    && regionCode.equals(row.regionCode())
                    && Objects.equals(registrationStatus, row.registrationStatus());
        }
    }

    private record Changed(OnFile current, ImportRow row) {}
}
