package org.credence.commitment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.credence.commitment.Commitment;
import org.credence.commitment.CommitmentOutcome;
import org.credence.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Commitments and their history. */
@Repository
class CommitmentStore {

    private static final String SELECT = """
            SELECT c.commitment_id, c.subject_id, c.matter_type, c.case_number, c.department, c.template_id,
                   t.code, t.version, c.text_hash, c.signed_by, c.signed_as, c.signed_at, c.due_date, c.outcome,
                   c.outcome_date, c.outcome_reason, c.breach_severity, c.breach_decision_number,
                   c.breach_legal_basis, c.record_provider, c.record_id, c.breach_provider, c.breach_record_id,
                   c.breach_filings
            FROM commitment c JOIN commitment_template t ON t.template_id = c.template_id
            """;

    private final JdbcClient jdbc;

    CommitmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new, open commitment. A second one for the same case is a {@code DuplicateKeyException}. */
    long insert(
            long subjectId,
            String matterType,
            String caseNumber,
            String department,
            StoredTemplate template,
            String signedBy,
            String signedAs,
            OffsetDateTime signedAt,
            @Nullable LocalDate dueDate) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO commitment (subject_id, matter_type, case_number, department, template_id,
                            text_hash, signed_by, signed_as, signed_at, due_date, outcome)
                        VALUES (:subject, :matter, :case, :department, :template, :hash, :by, :as, :at, :due, 'OPEN')
                        """)
                .param("subject", subjectId)
                .param("matter", matterType)
                .param("case", caseNumber)
                .param("department", department)
                .param("template", template.templateId())
                .param("hash", template.template().textHash())
                .param("by", signedBy)
                .param("as", signedAs)
                .param("at", signedAt)
                .param("due", dueDate)
                .update(keys, "commitment_id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<CommitmentRow> find(long commitmentId) {
        return jdbc.sql(SELECT + " WHERE c.commitment_id = :id")
                .param("id", commitmentId)
                .query(CommitmentStore::row)
                .optional();
    }

    /** The commitment, locked until the transaction ends, so that findings on it are serialised. */
    Optional<CommitmentRow> lock(long commitmentId) {
        jdbc.sql("SELECT commitment_id FROM commitment WHERE commitment_id = :id FOR UPDATE")
                .param("id", commitmentId)
                .query(Long.class)
                .optional();
        return find(commitmentId);
    }

    Optional<CommitmentRow> findCase(long subjectId, String matterType, String caseNumber, String department) {
        return jdbc.sql(SELECT + " WHERE c.subject_id = :subject AND c.matter_type = :matter"
                        + " AND c.case_number = :case AND c.department = :department")
                .param("subject", subjectId)
                .param("matter", matterType)
                .param("case", caseNumber)
                .param("department", department)
                .query(CommitmentStore::row)
                .optional();
    }

    /** Newest signature first; one row more than the page, so that the caller knows whether more exist. */
    List<CommitmentRow> ofSubject(long subjectId, PageRequest page) {
        return jdbc.sql(SELECT + " WHERE c.subject_id = :subject ORDER BY c.signed_at DESC, c.commitment_id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .param("subject", subjectId)
                .param("limit", page.size() + 1)
                .param("offset", page.offset())
                .query(CommitmentStore::row)
                .list();
    }

    void recordFiled(long commitmentId, String provider, long recordId) {
        jdbc.sql("UPDATE commitment SET record_provider = :provider, record_id = :record WHERE commitment_id = :id")
                .param("provider", provider)
                .param("record", recordId)
                .param("id", commitmentId)
                .update();
    }

    void updateOutcome(long commitmentId, CommitmentRow.Outcome o) {
        jdbc.sql("""
                        UPDATE commitment SET outcome = :outcome, outcome_date = :date, outcome_reason = :reason,
                            breach_severity = :severity, breach_decision_number = :number,
                            breach_legal_basis = :basis, breach_provider = :provider,
                            breach_record_id = :record, breach_filings = :filings
                        WHERE commitment_id = :id
                        """)
                .param("outcome", o.outcome().name())
                .param("date", o.date())
                .param("reason", o.reason())
                .param("severity", o.severity())
                .param("number", o.decisionNumber())
                .param("basis", o.legalBasis())
                .param("provider", o.breachProvider())
                .param("record", o.breachRecordId())
                .param("filings", o.breachFilings())
                .param("id", commitmentId)
                .update();
    }

    void appendEvent(long commitmentId, long subjectId, Commitment.Event e) {
        jdbc.sql("""
                        INSERT INTO commitment_event (commitment_id, subject_id, kind, outcome, outcome_date, actor,
                            organisation, recorded_at, reason, record_id)
                        VALUES (:commitment, :subject, :kind, :outcome, :date, :actor, :organisation, :at, :reason,
                            :record)
                        """)
                .param("commitment", commitmentId)
                .param("subject", subjectId)
                .param("kind", e.kind())
                .param("outcome", e.outcome().name())
                .param("date", e.outcomeDate())
                .param("actor", e.actor())
                .param("organisation", e.organisation())
                .param("at", e.at())
                .param("reason", e.reason())
                .param("record", e.recordId())
                .update();
    }

    /** Oldest first. */
    List<Commitment.Event> history(long commitmentId) {
        return jdbc.sql("""
                        SELECT kind, outcome, outcome_date, actor, organisation, recorded_at, reason, record_id
                        FROM commitment_event WHERE commitment_id = :id ORDER BY event_id
                        """)
                .param("id", commitmentId)
                .query((rs, n) -> new Commitment.Event(
                        rs.getString("kind"),
                        CommitmentOutcome.valueOf(rs.getString("outcome")),
                        rs.getObject("outcome_date", LocalDate.class),
                        rs.getString("actor"),
                        rs.getString("organisation"),
                        rs.getObject("recorded_at", OffsetDateTime.class),
                        rs.getString("reason"),
                        rs.getObject("record_id", Long.class)))
                .list();
    }

    private static CommitmentRow row(ResultSet rs, int n) throws SQLException {
        return new CommitmentRow(
                rs.getLong("commitment_id"),
                rs.getLong("subject_id"),
                rs.getString("matter_type"),
                rs.getString("case_number"),
                rs.getString("department"),
                rs.getLong("template_id"),
                rs.getString("code"),
                rs.getInt("version"),
                rs.getString("text_hash"),
                rs.getString("signed_by"),
                rs.getString("signed_as"),
                rs.getObject("signed_at", OffsetDateTime.class),
                rs.getObject("due_date", LocalDate.class),
                CommitmentOutcome.valueOf(rs.getString("outcome")),
                rs.getObject("outcome_date", LocalDate.class),
                rs.getString("outcome_reason"),
                rs.getString("breach_severity"),
                rs.getString("breach_decision_number"),
                rs.getString("breach_legal_basis"),
                rs.getString("record_provider"),
                rs.getObject("record_id", Long.class),
                rs.getString("breach_provider"),
                rs.getObject("breach_record_id", Long.class),
                rs.getInt("breach_filings"));
    }
}
