package org.credence.sanction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.credence.sanction.CheckFeedback;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The checks, the measures they found and the feedback on them. */
@Repository
class CheckStore {

    /** A stored check: who asked (for scoping) and the answer as JSON (its check id is the row's). */
    record StoredCheck(long checkId, @Nullable String organisation, String answer) {}

    /** A measure a check found, with the list entry that set it off, if one did. */
    record FoundMeasure(
            String code,
            int measureClass,
            boolean binding,
            @Nullable Long entryId) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CheckStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Check ids come in blocks of this many from the database (see {@link CheckJournal}). */
    static final int ID_BLOCK = 100;

    /** A check's row: the answer as JSON with the columns it is found by. */
    record CheckRow(
            long checkId,
            long subjectId,
            String matterType,
            String purpose,
            String caseNumber,
            String decision,
            String edition,
            String actor,
            @Nullable String organisation,
            OffsetDateTime checkedAt,
            String answer) {}

    /** A measure of a check, as stored. */
    record MeasureRow(long checkId, FoundMeasure measure) {}

    /** The first id of a block of {@link #ID_BLOCK} check ids no one else gets (the sequence steps by a block). */
    long nextIdBlock() {
        return jdbc.sql("SELECT nextval('credit_check_id_block')")
                .query(Long.class)
                .single();
    }

    /** Inserts checks and their measures, each table in one statement batch. */
    void insertAll(List<CheckRow> checks, List<MeasureRow> measures) {
        template.batchUpdate("""
                INSERT INTO credit_check (check_id, subject_id, matter_type, purpose, case_number, decision,
                    edition_code, actor, organisation, checked_at, answer)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, checks, checks.size(), (ps, c) -> {
            ps.setLong(1, c.checkId());
            ps.setLong(2, c.subjectId());
            ps.setString(3, c.matterType());
            ps.setString(4, c.purpose());
            ps.setString(5, c.caseNumber());
            ps.setString(6, c.decision());
            ps.setString(7, c.edition());
            ps.setString(8, c.actor());
            ps.setString(9, c.organisation());
            ps.setObject(10, c.checkedAt());
            ps.setString(11, c.answer());
        });
        if (!measures.isEmpty()) {
            template.batchUpdate(
                    "INSERT INTO credit_check_measure (check_id, measure_code, measure_class, binding, list_entry_id)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    measures,
                    measures.size(),
                    (ps, m) -> {
                        ps.setLong(1, m.checkId());
                        ps.setString(2, m.measure().code());
                        ps.setInt(3, m.measure().measureClass());
                        ps.setBoolean(4, m.measure().binding());
                        ps.setObject(5, m.measure().entryId());
                    });
        }
    }

    Optional<StoredCheck> find(long checkId) {
        return jdbc.sql("SELECT check_id, organisation, answer FROM credit_check WHERE check_id = :id")
                .param("id", checkId)
                .query((rs, n) -> new StoredCheck(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    void insertFeedback(CheckFeedback feedback) {
        jdbc.sql("""
                        INSERT INTO credit_check_feedback (check_id, measure_code, applied, reason, override, actor,
                            organisation, recorded_at)
                        VALUES (:check, :measure, :applied, :reason, :override, :actor, :organisation, :at)
                        """)
                .param("check", feedback.checkId())
                .param("measure", feedback.measureCode())
                .param("applied", feedback.applied())
                .param("reason", feedback.reason())
                .param("override", feedback.override())
                .param("actor", feedback.actor())
                .param("organisation", feedback.organisation())
                .param("at", feedback.recordedAt())
                .update();
    }

    List<CheckFeedback> feedbackOf(long checkId) {
        return jdbc.sql("""
                        SELECT check_id, measure_code, applied, reason, override, actor, organisation, recorded_at
                        FROM credit_check_feedback WHERE check_id = :check ORDER BY recorded_at, measure_code
                        """).param("check", checkId).query(CheckStore::feedback).list();
    }

    List<CheckFeedback> feedbackOnEntry(long entryId) {
        return jdbc.sql("""
                        SELECT f.check_id, f.measure_code, f.applied, f.reason, f.override, f.actor, f.organisation,
                            f.recorded_at
                        FROM credit_check_feedback f
                        WHERE EXISTS (SELECT 1 FROM credit_check_measure m
                                      WHERE m.check_id = f.check_id AND m.measure_code = f.measure_code
                                        AND m.list_entry_id = :entry)
                        ORDER BY f.recorded_at DESC, f.check_id DESC, f.measure_code
                        """).param("entry", entryId).query(CheckStore::feedback).list();
    }

    private static CheckFeedback feedback(ResultSet rs, int n) throws SQLException {
        return new CheckFeedback(
                rs.getLong(1),
                rs.getString(2),
                rs.getBoolean(3),
                rs.getString(4),
                rs.getBoolean(5),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, OffsetDateTime.class));
    }
}
