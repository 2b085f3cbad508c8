package org.credence.listing.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.credence.listing.EntryEvent;
import org.credence.listing.EntryStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The entries' append-only history: rows are inserted, never updated or deleted. */
@Repository
class HistoryStore {

    /** One event to append: who did what to the entry, under which decision, why, and what else changed. */
    record NewEvent(
            EntryRow entry,
            EntryEvent.Action action,
            @Nullable EntryStatus from,
            EntryStatus to,
            String actor,
            @Nullable String organisation,
            @Nullable String decisionNumber,
            @Nullable String reason,
            @Nullable String detail) {}

    private final JdbcClient jdbc;

    HistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(NewEvent e, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO list_entry_event (subject_id, entry_id, action, status_from, status_to, actor,
                            organisation, decision_number, reason, detail, occurred_at)
                        VALUES (:subject, :entry, :action, :from, :to, :actor, :organisation, :decision, :reason,
                            :detail, :now)
                        """)
                .param("subject", e.entry().subjectId())
                .param("entry", e.entry().entryId())
                .param("action", e.action().name())
                .param("from", e.from() == null ? null : e.from().name())
                .param("to", e.to().name())
                .param("actor", e.actor())
                .param("organisation", e.organisation())
                .param("decision", e.decisionNumber())
                .param("reason", e.reason())
                .param("detail", e.detail())
                .param("now", now)
                .update();
    }

    List<EntryEvent> of(long subjectId, long entryId) {
        return jdbc.sql("SELECT event_id, action, status_from, status_to, actor, organisation, decision_number, reason,"
                        + " detail, occurred_at FROM list_entry_event WHERE subject_id = :subject AND entry_id = :entry"
                        + " ORDER BY event_id")
                .param("subject", subjectId)
                .param("entry", entryId)
                .query((rs, n) -> new EntryEvent(
                        rs.getLong("event_id"),
                        EntryEvent.Action.valueOf(rs.getString("action")),
                        rs.getString("status_from") == null ? null : EntryStatus.valueOf(rs.getString("status_from")),
                        EntryStatus.valueOf(rs.getString("status_to")),
                        rs.getString("actor"),
                        rs.getString("organisation"),
                        rs.getString("decision_number"),
                        rs.getString("reason"),
                        rs.getString("detail"),
                        rs.getObject("occurred_at", OffsetDateTime.class)))
                .list();
    }
}
