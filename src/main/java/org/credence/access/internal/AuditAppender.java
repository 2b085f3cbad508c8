package org.credence.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.credence.access.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inserts one entry on whatever connection is bound to the thread: the caller's transaction if there is one. Not
 * transactional itself, so that it can run inside a transaction that is about to commit.
 */
@Component
class AuditAppender {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditAppender(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void append(AuditEntry entry) {
        // Microsecond precision: what both databases store, so that the hash computed at sealing time is reproducible.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor, organisation, action, subject_id, purpose, case_number,
                                       outcome, detail)
                VALUES (:at, :actor, :organisation, :action, :subjectId, :purpose, :caseNumber, :outcome, :detail)
                """)
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("actor", entry.actor())
                .param("organisation", entry.organisation())
                .param("action", entry.action())
                .param("subjectId", entry.subjectId())
                .param("purpose", entry.purpose())
                .param("caseNumber", entry.caseNumber())
                .param("outcome", entry.outcome().name())
                .param("detail", entry.detail())
                .update();
    }
}
