package org.credence.subject.internal;

import java.util.List;
import org.credence.subject.IdentifierParse;
import org.credence.subject.SubjectIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps stored identifiers protected under the current keys: protects rows written before identifiers were encrypted
 * (clear value in {@code identifier_hash}, no cipher), and re-encrypts rows under an older key after a rotation.
 * Works in batches, each in its own transaction, so that it can be interrupted and run again.
 */
@Component
class IdentifierMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IdentifierMaintenance.class);
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final IdentifierProtector protector;

    IdentifierMaintenance(JdbcTemplate jdbc, TransactionTemplate transactions, IdentifierProtector protector) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.protector = protector;
    }

    /** Protects rows that still hold a clear identifier; returns how many. */
    long protectClearRows() {
        long done = 0;
        long after = 0;
        List<Object[]> rows;
        do {
            long from = after;
            rows = jdbc.query(
                    "SELECT subject_id, identifier_hash FROM subject WHERE identifier_cipher IS NULL AND subject_id > ?"
                            + " ORDER BY subject_id LIMIT " + BATCH,
                    (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)},
                    from);
            if (rows.isEmpty()) {
                break;
            }
            after = (long) rows.getLast()[0];
            // A value that is no identifier (it cannot be one written by this platform) is left for an operator.
            List<Object[]> valid = rows.stream()
                    .map(r -> new Object[] {r[0], SubjectIdentifier.parse((String) r[1])})
                    .filter(r -> r[1] instanceof IdentifierParse.Accepted)
                    .map(r -> new Object[] {r[0], ((IdentifierParse.Accepted) r[1]).identifier()})
                    .toList();
            done += transactions.execute(status -> update(valid));
        } while (rows.size() == BATCH);
        if (done > 0) {
            log.info("Protected {} identifiers stored before encryption", done);
        }
        return done;
    }

    /** Re-encrypts rows whose key is not the active one; returns how many. */
    long reencrypt() {
        long done = 0;
        int batch;
        do {
            batch = transactions.execute(status -> {
                List<Object[]> rows = jdbc.query(
                        "SELECT subject_id, identifier_key_id, identifier_cipher FROM subject"
                                + " WHERE identifier_key_id <> ? ORDER BY subject_id LIMIT " + BATCH,
                        (rs, n) -> new Object[] {
                            rs.getLong(1),
                            SubjectIdentifier.parse(protector.decrypt(rs.getString(2), rs.getString(3)))
                                    .orThrow()
                        },
                        protector.activeKeyId());
                return update(rows);
            });
            done += batch;
        } while (batch == BATCH);
        return done;
    }

    private int update(List<Object[]> rows) {
        List<Object[]> updates = rows.stream()
                .map(r -> {
                    ProtectedIdentifier stored = protector.protect((SubjectIdentifier) r[1]);
                    return new Object[] {stored.hash(), stored.cipher(), stored.keyId(), stored.masked(), r[0]};
                })
                .toList();
        jdbc.batchUpdate(
                "UPDATE subject SET identifier_hash = ?, identifier_cipher = ?, identifier_key_id = ?,"
                        + " identifier_masked = ? WHERE subject_id = ?",
                updates);
        return rows.size();
    }
}
