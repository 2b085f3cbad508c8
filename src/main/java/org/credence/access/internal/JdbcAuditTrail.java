package org.credence.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.credence.access.AuditEntry;
import org.credence.access.AuditQuery;
import org.credence.access.AuditRecord;
import org.credence.access.AuditTrail;
import org.credence.access.ChainVerification;
import org.credence.access.FileAccess;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JdbcAuditTrail implements AuditTrail {

    private static final int SEAL_BATCH = 5_000;
    private static final String COLUMNS = "entry_id, occurred_at, actor, organisation, action, subject_id, purpose,"
            + " case_number, outcome, detail, chain_position, prev_hash, hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final ChainVerifier verifier;
    private final AuditAppender appender;
    private final WriteAudit writes;

    JdbcAuditTrail(
            JdbcClient jdbc,
            JdbcTemplate batch,
            TransactionTemplate transactions,
            AuditAppender appender,
            WriteAudit writes) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.appender = appender;
        this.verifier = new ChainVerifier(jdbc);
    }

    @Override
    @Transactional
    public void record(AuditEntry entry) {
        if (!writes.supersede(entry)) {
            appender.append(entry);
        }
    }

    @Override
    @Transactional
    public void recordAll(List<AuditEntry> entries) {
        appender.appendAll(entries);
    }

    @Override
    public <T> T groupCommitted(Supplier<T> write) {
        return writes.committedElsewhere(write);
    }

    @Override
    @Scheduled(fixedDelayString = "${credence.access.audit-seal-interval:PT1S}")
    public int seal() {
        int total = 0;
        int sealed;
        do {
            sealed = transactions.execute(status -> sealBatch());
            total += sealed;
        } while (sealed == SEAL_BATCH);
        return total;
    }

    private int sealBatch() {
        // The head row lock serialises sealers across instances; writers never take it.
        var head = jdbc.sql("SELECT last_position, last_hash FROM audit_chain_head WHERE chain_id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        List<AuditHashing.SealedFields> pending = jdbc.sql("SELECT " + COLUMNS
                        + " FROM audit_log WHERE chain_position IS NULL ORDER BY entry_id LIMIT " + SEAL_BATCH)
                .query((rs, n) -> fields(rs))
                .list();
        long position = head.position();
        String hash = head.hash();
        List<Object[]> updates = new ArrayList<>(pending.size());
        for (AuditHashing.SealedFields fields : pending) {
            position++;
            String next = AuditHashing.hash(hash, position, fields);
            updates.add(new Object[] {position, hash, next, fields.entryId()});
            hash = next;
        }
        if (!updates.isEmpty()) {
            batch.batchUpdate(
                    "UPDATE audit_log SET chain_position = ?, prev_hash = ?, hash = ? WHERE entry_id = ?", updates);
            jdbc.sql("UPDATE audit_chain_head SET last_position = :position, last_hash = :hash WHERE chain_id = 1")
                    .param("position", position)
                    .param("hash", hash)
                    .update();
        }
        return pending.size();
    }

    @Override
    public ChainVerification verify() {
        seal();
        return transactions.execute(status -> verifier.verify());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditRecord> query(AuditQuery query, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE 1 = 1");
        var params = new java.util.LinkedHashMap<String, Object>();
        if (query.subjectId() != null) {
            sql.append(" AND subject_id = :subjectId");
            params.put("subjectId", query.subjectId());
        }
        if (query.actor() != null) {
            sql.append(" AND actor = :actor");
            params.put("actor", query.actor());
        }
        if (query.organisation() != null) {
            sql.append(" AND organisation = :organisation");
            params.put("organisation", query.organisation());
        }
        if (query.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < :to");
            params.put("to", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        sql.append(" ORDER BY occurred_at DESC, entry_id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", page.size() + 1);
        params.put("offset", page.offset());
        return Page.of(
                jdbc.sql(sql.toString())
                        .params(params)
                        .query((rs, n) -> record(rs))
                        .list(),
                page);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<FileAccess> accessesOf(long subjectId, PageRequest page) {
        return Page.of(
                jdbc.sql("""
                                SELECT occurred_at, actor, organisation, action, purpose, case_number FROM audit_log
                                 WHERE subject_id = :subjectId AND outcome = 'ALLOWED'
                                 ORDER BY occurred_at DESC, entry_id DESC LIMIT :limit OFFSET :offset
                                """)
                        .param("subjectId", subjectId)
                        .param("limit", page.size() + 1)
                        .param("offset", page.offset())
                        .query((rs, n) -> new FileAccess(
                                rs.getTimestamp("occurred_at").toInstant(),
                                rs.getString("actor"),
                                rs.getString("organisation"),
                                rs.getString("action"),
                                rs.getString("purpose"),
                                rs.getString("case_number")))
                        .list(),
                page);
    }

    static AuditHashing.SealedFields fields(ResultSet rs) throws SQLException {
        long subjectId = rs.getLong("subject_id");
        Long subject = rs.wasNull() ? null : subjectId;
        Timestamp at = rs.getTimestamp("occurred_at");
        return new AuditHashing.SealedFields(
                rs.getLong("entry_id"),
                ChronoUnit.MICROS.between(Instant.EPOCH, at.toInstant()),
                rs.getString("actor"),
                rs.getString("organisation"),
                rs.getString("action"),
                subject,
                rs.getString("purpose"),
                rs.getString("case_number"),
                rs.getString("outcome"),
                rs.getString("detail"));
    }

    private static AuditRecord record(ResultSet rs) throws SQLException {
        AuditHashing.SealedFields f = fields(rs);
        long position = rs.getLong("chain_position");
        @Nullable Long chainPosition = rs.wasNull() ? null : position;
        return new AuditRecord(
                f.entryId(),
                Instant.EPOCH.plus(f.occurredAtMicros(), ChronoUnit.MICROS),
                new AuditEntry(
                        f.actor(),
                        f.organisation(),
                        f.action(),
                        f.subjectId(),
                        f.purpose(),
                        f.caseNumber(),
                        AuditEntry.Outcome.valueOf(f.outcome()),
                        f.detail()),
                chainPosition,
                rs.getString("hash"));
    }

    private record Head(long position, String hash) {}
}
