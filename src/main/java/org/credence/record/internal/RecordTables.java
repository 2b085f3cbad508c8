package org.credence.record.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** JDBC access to credit_record and credit_record_event: lookups, batched writes and the read side. */
@Repository
class RecordTables {

    static final String INSERT_COLUMNS = "subject_id, provider_code, source_reference, record_type, edition_code,"
            + " polarity, disclosure, severity, status, version, decision_number, legal_basis, decision_date,"
            + " effective_from, effective_to, summary, payload, content_hash, publication_date, publicity_min_end,"
            + " publicity_max_end, last_batch_id, last_batch_line, filed_at, updated_at";

    private static final int IN_CHUNK = 500;
    private static final String EXISTING_COLUMNS = "record_id, subject_id, source_reference, status, version,"
            + " content_hash, last_batch_id, last_batch_line";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    RecordTables(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    List<ExistingRecord> existing(String provider, List<String> references) {
        List<ExistingRecord> found = new ArrayList<>();
        for (int from = 0; from < references.size(); from += IN_CHUNK) {
            found.addAll(jdbc.sql("SELECT " + EXISTING_COLUMNS + " FROM credit_record"
                            + " WHERE provider_code = :provider AND source_reference IN (:refs)")
                    .param("provider", provider)
                    .param("refs", references.subList(from, Math.min(references.size(), from + IN_CHUNK)))
                    .query(RecordRows.EXISTING)
                    .list());
        }
        return found;
    }

    /** Inserts new records with one JDBC batch; returns their ids in the order given. */
    List<Long> insert(List<PreparedFiling> rows, @Nullable Long batchId, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        String sql = "INSERT INTO credit_record (" + INSERT_COLUMNS + ") VALUES (" + "?, ".repeat(24) + "?)";
        template.batchUpdate(
                con -> con.prepareStatement(sql, new String[] {"record_id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        bindInsert(ps, rows.get(i), batchId, now);
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                },
                keys);
        return keys.getKeyList().stream()
                .map(k -> ((Number) k.values().iterator().next()).longValue())
                .toList();
    }

    private static void bindInsert(PreparedStatement ps, PreparedFiling p, @Nullable Long batchId, OffsetDateTime now)
            throws SQLException {
        var f = p.filing();
        ps.setLong(1, f.subjectId());
        ps.setString(2, f.providerCode());
        ps.setString(3, f.sourceReference());
        ps.setString(4, f.type().code());
        ps.setString(5, f.editionCode());
        ps.setString(6, f.type().polarity().name());
        ps.setString(7, f.type().disclosure().name());
        ps.setString(8, f.severity() == null ? null : f.severity().name());
        ps.setString(9, RecordStatus.ACTIVE.name());
        ps.setInt(10, 1);
        ps.setString(11, f.decisionNumber());
        ps.setString(12, f.legalBasis());
        ps.setDate(13, RecordRows.sqlDate(f.decisionDate()));
        ps.setDate(14, RecordRows.sqlDate(f.effectiveFrom()));
        ps.setDate(15, RecordRows.sqlDate(f.effectiveTo()));
        ps.setString(16, f.summary());
        ps.setString(17, f.payload());
        ps.setString(18, p.hash());
        ps.setDate(19, RecordRows.sqlDate(p.publicity().publicationDate()));
        ps.setDate(20, RecordRows.sqlDate(p.publicity().minimumEnd()));
        ps.setDate(21, RecordRows.sqlDate(p.publicity().maximumEnd()));
        setLong(ps, 22, batchId);
        setLong(ps, 23, batchId == null ? null : f.line());
        ps.setObject(24, now);
        ps.setObject(25, now);
    }

    void appendHistory(List<HistoryRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                INSERT INTO credit_record_event (subject_id, record_id, version, kind, status_from, status_to, actor,
                    reason, changes, batch_id, batch_line, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, rows.size(), (ps, h) -> {
            ps.setLong(1, h.subjectId());
            ps.setLong(2, h.recordId());
            ps.setInt(3, h.version());
            ps.setString(4, h.kind().name());
            ps.setString(5, h.from() == null ? null : h.from().name());
            ps.setString(6, h.to().name());
            ps.setString(7, h.actor());
            ps.setString(8, h.reason());
            ps.setString(9, h.changes().isEmpty() ? null : json.writeValueAsString(h.changes()));
            setLong(ps, 10, h.batchId());
            setLong(ps, 11, h.batchLine());
            ps.setObject(12, h.at());
        });
    }

    Map<Long, RecordContent> contents(Collection<Long> recordIds) {
        Map<Long, RecordContent> contents = new HashMap<>();
        List<Long> ids = List.copyOf(recordIds);
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            jdbc.sql("SELECT * FROM credit_record WHERE record_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)))
                    .query(rs -> {
                        contents.put(rs.getLong("record_id"), RecordRows.CONTENT.mapRow(rs, 0));
                    });
        }
        return contents;
    }

    /** Applies corrections; returns how many rows still had the expected previous version. */
    int correct(List<Correction> corrections, OffsetDateTime now) {
        int[][] counts = template.batchUpdate("""
                UPDATE credit_record SET record_type = ?, edition_code = ?, polarity = ?, disclosure = ?, severity = ?,
                    status = ?, version = ?, decision_number = ?, legal_basis = ?, decision_date = ?,
                    effective_from = ?, effective_to = ?, summary = ?, payload = ?, content_hash = ?,
                    publication_date = ?, publicity_min_end = ?, publicity_max_end = ?, last_batch_id = ?,
                    last_batch_line = ?, updated_at = ?
                WHERE record_id = ? AND version = ?
                """, corrections, corrections.size(), (ps, c) -> {
            var p = c.prepared();
            var f = p.filing();
            ps.setString(1, f.type().code());
            ps.setString(2, f.editionCode());
            ps.setString(3, f.type().polarity().name());
            ps.setString(4, f.type().disclosure().name());
            ps.setString(5, f.severity() == null ? null : f.severity().name());
            ps.setString(6, c.status().name());
            ps.setInt(7, c.version());
            ps.setString(8, f.decisionNumber());
            ps.setString(9, f.legalBasis());
            ps.setDate(10, RecordRows.sqlDate(f.decisionDate()));
            ps.setDate(11, RecordRows.sqlDate(f.effectiveFrom()));
            ps.setDate(12, RecordRows.sqlDate(f.effectiveTo()));
            ps.setString(13, f.summary());
            ps.setString(14, f.payload());
            ps.setString(15, p.hash());
            ps.setDate(16, RecordRows.sqlDate(p.publicity().publicationDate()));
            ps.setDate(17, RecordRows.sqlDate(p.publicity().minimumEnd()));
            ps.setDate(18, RecordRows.sqlDate(p.publicity().maximumEnd()));
            setLong(ps, 19, c.batchId());
            setLong(ps, 20, c.batchId() == null ? null : f.line());
            ps.setObject(21, now);
            ps.setLong(22, c.recordId());
            ps.setInt(23, c.version() - 1);
        });
        return sum(counts);
    }

    /** Notes that a batch line confirmed a record unchanged, so that a later line of the same file is a duplicate. */
    void markSubmitted(List<long[]> recordBatchLine) {
        if (recordBatchLine.isEmpty()) {
            return;
        }
        template.batchUpdate(
                "UPDATE credit_record SET last_batch_id = ?, last_batch_line = ? WHERE record_id = ?",
                recordBatchLine,
                recordBatchLine.size(),
                (ps, r) -> {
                    ps.setLong(1, r[1]);
                    ps.setLong(2, r[2]);
                    ps.setLong(3, r[0]);
                });
    }

    /** Moves a record from one status to another; returns 0 when another transaction moved it first. */
    int updateStatus(long recordId, RecordStatus from, RecordStatus to, OffsetDateTime now) {
        return jdbc.sql(
                        "UPDATE credit_record SET status = :to, updated_at = :now WHERE record_id = :id AND status = :from")
                .param("to", to.name())
                .param("now", now)
                .param("id", recordId)
                .param("from", from.name())
                .update();
    }

    private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static int sum(int[][] counts) {
        int total = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                total += count;
            }
        }
        return total;
    }

    /** A correction to apply: the record, its new version and status, and the line that caused it. */
    record Correction(
            long recordId,
            PreparedFiling prepared,
            int version,
            RecordStatus status,
            @Nullable Long batchId) {}
}
