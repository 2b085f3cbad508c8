package org.credence.listing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.credence.listing.EntryStatus;
import org.credence.listing.ListKind;
import org.credence.shared.PageRequest;
import org.credence.shared.TableStatistics;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The entries table. Every update is guarded by the status it leaves, so that two officers (or an officer and the
 * sweep) cannot both end the same entry; the caller appends the history row in the same transaction.
 */
@Repository
class EntryStore {

    private static final String COLUMNS = "entry_id, subject_id, subject_kind, list_code, list_version, kind, origin,"
            + " status, decision_number, legal_basis, facts, reasons, source_record_id, source_entry_id, included_on,"
            + " in_force_from, term_months, term_end, ended_on, end_reason, extends_to, barred_matter_types,"
            + " barred_sectors, updated_at";
    private static final String IN_FORCE = " in_force_from <= :date AND included_on <= :date"
            + " AND (term_end IS NULL OR term_end >= :date) AND (ended_on IS NULL OR ended_on > :date)";
    private static final String OPEN = " status IN ('PENDING_NOTICE', 'ACTIVE')";

    private final JdbcClient jdbc;

    private final TableStatistics statistics;

    EntryStore(JdbcClient jdbc, TableStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    /**
     * Inserts the entry and returns its id; empty, and nothing written, when its dedupe key is taken (the same source
     * made an entry before). {@code ON CONFLICT DO NOTHING} rather than a savepoint to roll back to: two statements
     * less for every inclusion, and both databases take it.
     */
    Optional<Long> insert(Inclusion i, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                        INSERT INTO list_entry (subject_id, subject_kind, list_code, list_version, kind, origin, status,
                            decision_number, legal_basis, facts, reasons, source_record_id, source_entry_id,
                            included_on, in_force_from, term_months, term_end, extends_to, barred_matter_types,
                            barred_sectors, dedupe_key, decided_by, decided_by_organisation, created_at, updated_at)
                        VALUES (:subject, :subjectKind, :code, :version, :kind, :origin, :status, :decision, :basis,
                            :facts, :reasons, :record, :sourceEntry, :included, :inForce, :termMonths, :termEnd,
                            :extendsTo, :matterTypes, :sectors, :dedupe, :actor, :organisation, :now, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .param("subject", i.subject().subjectId())
                .param("subjectKind", i.subject().kind().name())
                .param("code", i.definition().code())
                .param("version", i.definition().version())
                .param("kind", i.definition().definition().kind().name())
                .param("origin", i.origin().name())
                .param("status", i.status().name())
                .param("decision", i.decisionNumber())
                .param("basis", i.legalBasis())
                .param("facts", i.facts())
                .param("reasons", i.reasons())
                .param("record", i.sourceRecordId())
                .param("sourceEntry", i.sourceEntryId())
                .param("included", i.includedOn())
                .param("inForce", i.inForceFrom())
                .param("termMonths", i.termMonths())
                .param("termEnd", i.termEnd())
                .param(
                        "extendsTo",
                        join(i.definition().definition().extendsTo().stream()
                                .map(Enum::name)
                                .sorted()
                                .toList()))
                .param("matterTypes", join(i.barredMatterTypes()))
                .param("sectors", join(i.barredSectors()))
                .param("dedupe", i.dedupeKey())
                .param("actor", i.actor())
                .param("organisation", i.organisation())
                .param("now", now)
                .update(keys, "entry_id");
        if (inserted == 0) {
            return Optional.empty();
        }
        statistics.changed("list_entry", 1);
        return Optional.of(keys.getKeyAs(Number.class).longValue());
    }

    Optional<EntryRow> find(long entryId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM list_entry WHERE entry_id = :id")
                .param("id", entryId)
                .query(EntryStore::row)
                .optional();
    }

    /** The entries of the subjects in force on the date, in one query. */
    List<EntryRow> inForce(Collection<Long> subjectIds, LocalDate date) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM list_entry WHERE subject_id IN (:subjects) AND" + IN_FORCE
                        + " ORDER BY subject_id, included_on, entry_id")
                .param("subjects", subjectIds)
                .param("date", date)
                .query(EntryStore::row)
                .list();
    }

    /** A page of the list's entries in force on the date, oldest inclusion first. */
    List<EntryRow> inForceOfList(String listCode, LocalDate date, PageRequest page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM list_entry WHERE list_code = :code AND" + OPEN + " AND" + IN_FORCE
                        + " ORDER BY included_on, entry_id LIMIT :limit OFFSET :offset")
                .param("code", listCode)
                .param("date", date)
                .param("limit", page.size() + 1)
                .param("offset", page.offset())
                .query(EntryStore::row)
                .list();
    }

    List<EntryRow> ofSubject(long subjectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM list_entry WHERE subject_id = :subject"
                        + " ORDER BY included_on DESC, entry_id DESC")
                .param("subject", subjectId)
                .query(EntryStore::row)
                .list();
    }

    List<EntryRow> fromRecord(long subjectId, long recordId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM list_entry WHERE subject_id = :subject"
                        + " AND source_record_id = :record ORDER BY entry_id")
                .param("subject", subjectId)
                .param("record", recordId)
                .query(EntryStore::row)
                .list();
    }

    /** The subject's entries on the list that are not ended (by status; the caller reads dates). */
    List<EntryRow> open(long subjectId, String listCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM list_entry WHERE subject_id = :subject AND list_code = :code AND"
                        + OPEN + " ORDER BY entry_id")
                .param("subject", subjectId)
                .param("code", listCode)
                .query(EntryStore::row)
                .list();
    }

    /** The days the subject was put on the list, revoked entries left out (they should never have been). */
    List<LocalDate> inclusionDays(long subjectId, String listCode) {
        return jdbc.sql("SELECT included_on FROM list_entry WHERE subject_id = :subject AND list_code = :code"
                        + " AND status <> 'REVOKED' ORDER BY included_on")
                .param("subject", subjectId)
                .param("code", listCode)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list();
    }

    /** Ids of open entries whose term ended before the date, after the cursor. */
    List<Long> dueToExpire(LocalDate date, long after, int limit) {
        return jdbc.sql("SELECT entry_id FROM list_entry WHERE" + OPEN + " AND term_end < :date"
                        + " AND entry_id > :after ORDER BY entry_id LIMIT :limit")
                .param("date", date)
                .param("after", after)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Ids of open entries on {@code list} in force since {@code since} or earlier that {@code target} has not escalated
     * yet, after the cursor.
     */
    List<Long> dueToEscalate(String list, String target, LocalDate since, long after, int limit) {
        return jdbc.sql("SELECT e.entry_id FROM list_entry e WHERE e.list_code = :list AND e.status = 'ACTIVE'"
                        + " AND e.in_force_from <= :since AND e.entry_id > :after AND NOT EXISTS (SELECT 1 FROM"
                        + " list_entry x WHERE x.list_code = :target AND x.dedupe_key = CONCAT('escalation:',"
                        + " CAST(e.entry_id AS VARCHAR(20)))) ORDER BY e.entry_id LIMIT :limit")
                .param("list", list)
                .param("target", target)
                .param("since", since)
                .param("after", after)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** Ids of pending entries whose notice period is over by the date, after the cursor. */
    List<Long> dueToActivate(LocalDate date, long after, int limit) {
        return jdbc.sql("SELECT entry_id FROM list_entry WHERE status = 'PENDING_NOTICE' AND in_force_from <= :date"
                        + " AND entry_id > :after ORDER BY entry_id LIMIT :limit")
                .param("date", date)
                .param("after", after)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Ends the entry if it is still in {@code from}. An open-entry dedupe key is released for a later entry; any other
     * (a record's) only when {@code freeSource}: its source no longer stands, and may stand again.
     */
    boolean end(
            long entryId,
            EntryStatus from,
            EntryStatus to,
            LocalDate endedOn,
            String reason,
            boolean freeSource,
            OffsetDateTime now) {
        return jdbc.sql("UPDATE list_entry SET status = :to, ended_on = :ended, end_reason = :reason,"
                                + " dedupe_key = CASE WHEN :free OR dedupe_key LIKE 'open:%' THEN NULL"
                                + " ELSE dedupe_key END, updated_at = :now WHERE entry_id = :id AND status = :from")
                        .param("free", freeSource)
                        .param("to", to.name())
                        .param("ended", endedOn)
                        .param("reason", reason)
                        .param("now", now)
                        .param("id", entryId)
                        .param("from", from.name())
                        .update()
                == 1;
    }

    boolean activate(long entryId, OffsetDateTime now) {
        return jdbc.sql("UPDATE list_entry SET status = 'ACTIVE', updated_at = :now"
                                + " WHERE entry_id = :id AND status = 'PENDING_NOTICE'")
                        .param("now", now)
                        .param("id", entryId)
                        .update()
                == 1;
    }

    /** Cites a corrected decision, legal basis and facts, if the entry is still in {@code status}. */
    boolean amend(long entryId, EntryStatus status, InclusionPolicy.Citation citation, OffsetDateTime now) {
        return jdbc.sql("UPDATE list_entry SET decision_number = :decision, legal_basis = :basis, facts = :facts,"
                                + " updated_at = :now WHERE entry_id = :id AND status = :status")
                        .param("decision", citation.decisionNumber())
                        .param("basis", citation.legalBasis())
                        .param("facts", citation.facts())
                        .param("now", now)
                        .param("id", entryId)
                        .param("status", status.name())
                        .update()
                == 1;
    }

    /** Sets a longer term if the entry is still in {@code status} with the term it had. */
    boolean extend(
            long entryId, EntryStatus status, int fromMonths, int toMonths, LocalDate termEnd, OffsetDateTime now) {
        return jdbc.sql("UPDATE list_entry SET term_months = :to, term_end = :end, updated_at = :now"
                                + " WHERE entry_id = :id AND status = :status AND term_months = :from")
                        .param("to", toMonths)
                        .param("end", termEnd)
                        .param("now", now)
                        .param("id", entryId)
                        .param("status", status.name())
                        .param("from", fromMonths)
                        .update()
                == 1;
    }

    private static String join(List<String> codes) {
        return String.join(",", codes);
    }

    private static List<String> split(@Nullable String codes) {
        return codes == null || codes.isEmpty() ? List.of() : Arrays.asList(codes.split(","));
    }

    private static EntryRow row(ResultSet rs, int n) throws SQLException {
        return new EntryRow(
                rs.getLong("entry_id"),
                rs.getLong("subject_id"),
                SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getString("list_code"),
                rs.getInt("list_version"),
                ListKind.valueOf(rs.getString("kind")),
                Origin.valueOf(rs.getString("origin")),
                EntryStatus.valueOf(rs.getString("status")),
                rs.getString("decision_number"),
                rs.getString("legal_basis"),
                rs.getString("facts"),
                rs.getString("reasons"),
                rs.getObject("source_record_id", Long.class),
                rs.getObject("source_entry_id", Long.class),
                rs.getObject("included_on", LocalDate.class),
                rs.getObject("in_force_from", LocalDate.class),
                rs.getObject("term_months", Integer.class),
                rs.getObject("term_end", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_reason"),
                split(rs.getString("extends_to")).stream()
                        .map(RoleType::valueOf)
                        .collect(Collectors.toSet()),
                split(rs.getString("barred_matter_types")),
                split(rs.getString("barred_sectors")),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
