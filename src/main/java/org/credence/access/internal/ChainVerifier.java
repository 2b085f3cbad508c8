package org.credence.access.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.credence.access.ChainVerification;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks the sealed chain in position order, streaming, and stops at the first entry that does not verify: a gap in
 * positions (a deleted row), a previous-hash link that does not match (a reordered or deleted row), a recomputed hash
 * that differs (a changed row), or a chain that ends before the recorded head (deleted newest rows).
 */
final class ChainVerifier {

    private final JdbcClient jdbc;

    ChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ChainVerification verify() {
        Head head = jdbc.sql("SELECT last_position, last_hash FROM audit_chain_head WHERE chain_id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        AtomicLong expected = new AtomicLong(1);
        AtomicReference<String> previous = new AtomicReference<>(AuditHashing.GENESIS);
        AtomicReference<ChainVerification> broken = new AtomicReference<>();
        jdbc.sql("SELECT entry_id, occurred_at, actor, organisation, action, subject_id, purpose, case_number, outcome,"
                        + " detail, chain_position, prev_hash, hash FROM audit_log"
                        + " WHERE chain_position IS NOT NULL ORDER BY chain_position")
                .query(rs -> {
                    if (broken.get() != null) {
                        return;
                    }
                    long position = rs.getLong("chain_position");
                    long checked = expected.get() - 1;
                    if (position != expected.get()) {
                        broken.set(ChainVerification.broken(
                                checked, expected.get(), "entry at position " + expected.get() + " is missing"));
                        return;
                    }
                    if (!previous.get().equals(rs.getString("prev_hash"))) {
                        broken.set(ChainVerification.broken(
                                checked, position, "entry does not follow its predecessor (moved or removed rows)"));
                        return;
                    }
                    String recomputed = AuditHashing.hash(previous.get(), position, JdbcAuditTrail.fields(rs));
                    if (!recomputed.equals(rs.getString("hash"))) {
                        broken.set(ChainVerification.broken(
                                checked, position, "entry content does not match its hash (changed row)"));
                        return;
                    }
                    previous.set(recomputed);
                    expected.incrementAndGet();
                });
        if (broken.get() != null) {
            return broken.get();
        }
        long last = expected.get() - 1;
        if (last != head.position() || !previous.get().equals(head.hash())) {
            return ChainVerification.broken(
                    last, last + 1, "chain ends at position " + last + " but its head records " + head.position());
        }
        return ChainVerification.ok(last);
    }

    private record Head(long position, String hash) {}
}
