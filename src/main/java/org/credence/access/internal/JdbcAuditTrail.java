package org.credence.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.credence.access.AuditEntry;
import org.credence.access.AuditQuery;
import org.credence.access.AuditRecord;
import org.credence.access.AuditTrail;
import org.credence.access.ChainVerification;
import org.credence.access.FileAccess;
import org.credence.shared.Database;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JdbcAuditTrail implements AuditTrail {

    private static final int SEAL_BATCH = 5_000;
    private static final Duration FULL_LOOK_INTERVAL = Duration.ofMinutes(1);
    private static final String COLUMNS = "entry_id, occurred_at, actor, organisation, action, subject_id, purpose,"
            + " case_number, outcome, detail, chain_position, prev_hash, hash";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final ChainVerifier verifier;
    private final AuditAppender appender;
    private final WriteAudit writes;
    private final Clock clock;
    private final Database database;

    /** The highest entry id this instance sealed: where the scheduled sealer looks from (see sealRecent). */
    private volatile long sealedUpTo;

    private volatile Instant lastFullLook = Instant.EPOCH;

    JdbcAuditTrail(
            JdbcClient jdbc,
            JdbcTemplate batch,
            TransactionTemplate transactions,
            AuditAppender appender,
            WriteAudit writes,
            Clock clock,
            Database database) {
        this.database = database;
        this.writes = writes;
        this.clock = clock;
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
    public <T> T groupCommitted(Supplier<T> write, Predicate<? super T> recorded) {
        return writes.committedElsewhere(write, recorded);
    }

    @Override
    public int seal() {
        return sealAfter(0);
    }

    /**
     * The sealer on its schedule: entries after the last one this instance sealed, and once a minute all of them. A
     * transaction that commits an entry later than entries after it (a long one) leaves it below that mark; the minute's
     * full look finds it. Looking from the mark keeps each run from passing over the versions that sealing leaves
     * behind in the index of unsealed entries until they are vacuumed.
     */
    @Scheduled(fixedDelayString = "${credence.access.audit-seal-interval:PT1S}")
    public void sealRecent() {
        Instant now = clock.instant();
        if (now.isAfter(lastFullLook.plus(FULL_LOOK_INTERVAL))) {
            sealAfter(0);
            lastFullLook = now;
        } else {
            sealAfter(sealedUpTo);
        }
    }

    /** Seals the unsealed entries after the entry id, batch by batch; how many. */
    private int sealAfter(long after) {
        int total = 0;
        long from = after;
        Sealed sealed;
        do {
            long start = from;
            sealed = Objects.requireNonNull(transactions.execute(status -> sealBatch(start)));
            total += sealed.count();
            from = Math.max(from, sealed.lastEntryId());
        } while (sealed.count() == SEAL_BATCH);
        sealedUpTo = Math.max(sealedUpTo, from);
        return total;
    }

    /** What one batch sealed: how many entries, up to which entry id. */
    private record Sealed(int count, long lastEntryId) {}

    private Sealed sealBatch(long after) {
        // The head row lock serialises sealers across instances; writers never take it.
        var head = jdbc.sql("SELECT last_position, last_hash FROM audit_chain_head WHERE chain_id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        List<AuditHashing.SealedFields> pending = jdbc.sql("SELECT " + COLUMNS
                        + " FROM audit_log WHERE chain_position IS NULL AND entry_id > :after ORDER BY entry_id LIMIT "
                        + SEAL_BATCH)
                .param("after", after)
                .query((rs, n) -> fields(rs))
                .list();
        long position = head.position();
        String hash = head.hash();
        List<Seal> updates = new ArrayList<>(pending.size());
        for (AuditHashing.SealedFields fields : pending) {
            position++;
            String next = AuditHashing.hash(hash, position, fields);
            updates.add(new Seal(position, hash, next, fields.entryId()));
            hash = next;
        }
        if (!updates.isEmpty()) {
            writeSeals(updates);
            jdbc.sql("UPDATE audit_chain_head SET last_position = :position, last_hash = :hash WHERE chain_id = 1")
                    .param("position", position)
                    .param("hash", hash)
                    .update();
        }
        return new Sealed(
                pending.size(), pending.isEmpty() ? after : pending.getLast().entryId());
    }

    /**
     * Stores the batch's chain positions and hashes (position, previous hash, hash, entry id): on PostgreSQL in one
     * statement over arrays, which costs a busy server a tenth of a statement an entry (every check writes one).
     */
    private void writeSeals(List<Seal> seals) {
        if (!database.isPostgres()) {
            batch.batchUpdate(
                    "UPDATE audit_log SET chain_position = ?, prev_hash = ?, hash = ? WHERE entry_id = ?",
                    seals.stream()
                            .map(s -> new Object[] {s.position(), s.previousHash(), s.hash(), s.entryId()})
                            .toList());
            return;
        }
        jdbc.sql("""
                        UPDATE audit_log a SET chain_position = u.position, prev_hash = u.previous, hash = u.hash
                        FROM unnest(:positions, :previous, :hashes, :entries) AS u(position, previous, hash, entry_id)
                        WHERE a.entry_id = u.entry_id""")
                .param("positions", array("bigint", seals, Seal::position))
                .param("previous", array("varchar", seals, Seal::previousHash))
                .param("hashes", array("varchar", seals, Seal::hash))
                .param("entries", array("bigint", seals, Seal::entryId))
                .update();
    }

    /** An entry's place in the chain: its position, the hash before it and its own. */
    private record Seal(long position, @Nullable String previousHash, String hash, long entryId) {}

    private static SqlArrayValue array(String type, List<Seal> seals, Function<Seal, @Nullable Object> field) {
        return new SqlArrayValue(type, seals.stream().map(field).toArray());
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
