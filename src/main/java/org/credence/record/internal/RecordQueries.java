package org.credence.record.internal;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.credence.catalog.DisclosureMode;
import org.credence.record.CreditRecord;
import org.credence.record.FieldChange;
import org.credence.record.HistoryEntry;
import org.credence.record.RecordFilter;
import org.credence.record.RecordStatus;
import org.credence.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The read side of credit records: one record, its history, a subject's records page by page. */
@Repository
class RecordQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RecordQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<CreditRecord> find(long recordId) {
        return jdbc.sql("SELECT * FROM credit_record WHERE record_id = :id")
                .param("id", recordId)
                .query(RecordRows.RECORD)
                .optional();
    }

    List<HistoryEntry> history(long subjectId, long recordId) {
        // Not by event_id alone: its sequence hands out cached blocks per session (CACHE 1000), so a later event
        // written on another connection may have a smaller id. A record's events are written one after another.
        return jdbc.sql("SELECT * FROM credit_record_event WHERE subject_id = :subject AND record_id = :record"
                        + " ORDER BY occurred_at, version, event_id")
                .param("subject", subjectId)
                .param("record", recordId)
                .query((rs, n) -> new HistoryEntry(
                        rs.getLong("event_id"),
                        rs.getInt("version"),
                        HistoryEntry.Kind.valueOf(rs.getString("kind")),
                        status(rs.getString("status_from")),
                        RecordStatus.valueOf(rs.getString("status_to")),
                        rs.getString("actor"),
                        rs.getString("reason"),
                        changes(rs.getString("changes")),
                        rs.getObject("batch_id", Long.class),
                        rs.getObject("batch_line", Long.class),
                        rs.getObject("occurred_at", OffsetDateTime.class)))
                .list();
    }

    List<CreditRecord> ofSubject(long subjectId, RecordFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT * FROM credit_record WHERE subject_id = :subject");
        Map<String, Object> params = new HashMap<>();
        params.put("subject", subjectId);
        if (filter.recordType() != null) {
            sql.append(" AND record_type = :type");
            params.put("type", filter.recordType());
        }
        if (filter.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.decidedFrom() != null) {
            sql.append(" AND decision_date >= :from");
            params.put("from", RecordRows.sqlDate(filter.decidedFrom()));
        }
        if (filter.decidedTo() != null) {
            sql.append(" AND decision_date <= :to");
            params.put("to", RecordRows.sqlDate(filter.decidedTo()));
        }
        scope(filter, sql, params);
        sql.append(" ORDER BY decision_date DESC, record_id DESC LIMIT :limit OFFSET :offset");
        params.put("limit", page.size() + 1);
        params.put("offset", page.offset());
        return jdbc.sql(sql.toString()).params(params).query(RecordRows.RECORD).list();
    }

    /** Others' records of the visible disclosure modes (in force, if so asked), and the caller's own ones. */
    private static void scope(RecordFilter filter, StringBuilder sql, Map<String, Object> params) {
        Set<DisclosureMode> visible = filter.disclosures();
        if (visible == null || (visible.containsAll(EnumSet.allOf(DisclosureMode.class)) && !filter.inForceOnly())) {
            return;
        }
        String others = visible.isEmpty() ? "1 = 0" : "disclosure IN (:visible)";
        if (!visible.isEmpty()) {
            params.put("visible", visible.stream().map(Enum::name).sorted().toList());
        }
        if (filter.inForceOnly()) {
            others += " AND status IN (:inForce)";
            params.put(
                    "inForce",
                    RecordFilter.IN_FORCE.stream().map(Enum::name).sorted().toList());
        }
        if (filter.ownProvider() != null) {
            sql.append(" AND ((").append(others).append(") OR provider_code = :own)");
            params.put("own", filter.ownProvider());
        } else {
            sql.append(" AND ").append(others);
        }
    }

    private List<FieldChange> changes(@Nullable String text) {
        return text == null ? List.of() : json.readValue(text, new TypeReference<List<FieldChange>>() {});
    }

    private static @Nullable RecordStatus status(@Nullable String code) {
        return code == null ? null : RecordStatus.valueOf(code);
    }
}
