package org.credence.rating.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ratings inserted with JDBC batches: the portable path (H2, and small writes on PostgreSQL). */
class BatchRatingInserts implements RatingInserts {

    private final JdbcTemplate jdbc;

    BatchRatingInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(List<RatingRow> rows, OffsetDateTime computedAt) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "INSERT INTO rating (subject_id, scheme_code, standard_id, standard_version, score, grade,"
                        + " assignment_code, as_of, valid_until, read_at, computed_at, job_id, reasons)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                1000,
                (ps, row) -> rating(ps, row, computedAt));
        insertProfessions(rows);
    }

    @Override
    public int update(List<RatingRow> rows, OffsetDateTime computedAt) {
        if (rows.isEmpty()) {
            return 0;
        }
        int[][] counts = jdbc.batchUpdate(
                "UPDATE rating SET standard_id = ?, standard_version = ?, score = ?, grade = ?, assignment_code = ?,"
                        + " as_of = ?, valid_until = ?, read_at = ?, computed_at = ?, job_id = ?, reasons = ?"
                        + " WHERE subject_id = ? AND scheme_code = ? AND read_at <= ?",
                rows,
                1000,
                (ps, row) -> {
                    Evaluation e = row.evaluation();
                    ps.setLong(1, row.standardId());
                    ps.setInt(2, row.version());
                    ps.setBigDecimal(3, Points.decimal(e.score()));
                    ps.setString(4, e.grade());
                    ps.setString(5, e.assignment());
                    ps.setDate(6, Date.valueOf(row.asOf()));
                    ps.setDate(7, e.validUntil() == null ? null : Date.valueOf(e.validUntil()));
                    ps.setObject(8, row.readAt());
                    ps.setObject(9, computedAt);
                    jobId(ps, 10, row);
                    ps.setString(11, ReasonColumn.encode(e.reasons()));
                    ps.setLong(12, row.subjectId());
                    ps.setString(13, row.scheme());
                    ps.setObject(14, row.readAt());
                });
        int updated = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                updated += count;
            }
        }
        insertProfessions(rows);
        return updated;
    }

    private void insertProfessions(List<RatingRow> rows) {
        List<Object[]> professions = new ArrayList<>();
        for (RatingRow row : rows) {
            Evaluation e = row.evaluation();
            for (String profession : e.professions()) {
                professions.add(new Object[] {
                    row.subjectId(), row.scheme(), profession, row.regionCode(), Points.decimal(e.score())
                });
            }
        }
        if (!professions.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO rating_profession (subject_id, scheme_code, profession_code, region_code, score)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    professions);
        }
    }

    private static void rating(PreparedStatement ps, RatingRow row, OffsetDateTime computedAt) throws SQLException {
        Evaluation e = row.evaluation();
        ps.setLong(1, row.subjectId());
        ps.setString(2, row.scheme());
        ps.setLong(3, row.standardId());
        ps.setInt(4, row.version());
        ps.setBigDecimal(5, Points.decimal(e.score()));
        ps.setString(6, e.grade());
        ps.setString(7, e.assignment());
        ps.setDate(8, Date.valueOf(row.asOf()));
        ps.setDate(9, e.validUntil() == null ? null : Date.valueOf(e.validUntil()));
        ps.setObject(10, row.readAt());
        ps.setObject(11, computedAt);
        jobId(ps, 12, row);
        ps.setString(13, ReasonColumn.encode(e.reasons()));
    }

    private static void jobId(PreparedStatement ps, int index, RatingRow row) throws SQLException {
        if (row.jobId() == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, row.jobId());
        }
    }
}
