package org.credence.access.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.credence.access.AuditEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts entries on whatever connection is bound to the thread: the caller's transaction if there is one. Not
 * transactional itself, so that it can run inside a transaction that is about to commit.
 */
@Component
class AuditAppender {

    private final JdbcTemplate template;
    private final Clock clock;

    AuditAppender(JdbcTemplate template, Clock clock) {
        this.template = template;
        this.clock = clock;
    }

    void append(AuditEntry entry) {
        appendAll(List.of(entry));
    }

    /** Appends entries as one statement batch, all with the same time. */
    void appendAll(List<AuditEntry> entries) {
        // Microsecond precision: what both databases store, so that the hash computed at sealing time is reproducible.
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        template.batchUpdate("""
                INSERT INTO audit_log (occurred_at, actor, organisation, action, subject_id, purpose, case_number,
                                       outcome, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, entries, entries.size(), (ps, entry) -> {
            ps.setObject(1, now);
            ps.setString(2, entry.actor());
            ps.setString(3, entry.organisation());
            ps.setString(4, entry.action());
            ps.setObject(5, entry.subjectId());
            ps.setString(6, entry.purpose());
            ps.setString(7, entry.caseNumber());
            ps.setString(8, entry.outcome().name());
            ps.setString(9, entry.detail());
        });
    }
}
