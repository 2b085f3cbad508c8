package org.credence.rating.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ratings inserted with JDBC batches: the portable path (H2, and small writes on PostgreSQL). */
class BatchRatingInserts implements RatingInserts {

    private final JdbcTemplate jdbc;

    BatchRatingInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(RatingTables tables, List<RatingRow> rows, OffsetDateTime computedAt) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "INSERT INTO " + tables.ratings()
                        + " (subject_id, scheme_code, standard_id, standard_version, score, grade,"
                        + " assignment_code, as_of, valid_until, read_at, computed_at, job_id, reasons)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                1000,
                (ps, row) -> rating(ps, row, computedAt));
        insertProfessions(tables, rows);
    }

    @Override
    public int update(List<Overwrite> rows, OffsetDateTime computedAt) {
        if (rows.isEmpty()) {
            return 0;
        }
        int[][] counts = jdbc.batchUpdate(
                "UPDATE rating SET standard_id = ?, standard_version = ?, score = ?, grade = ?, assignment_code = ?,"
                        + " as_of = ?, valid_until = ?, read_at = ?, computed_at = ?, job_id = ?, reasons = ?"
                        + " WHERE subject_id = ? AND scheme_code = ? AND read_at = ?",
                rows,
                1000,
                (ps, overwrite) -> {
                    RatingRow row = overwrite.row();
                    values(ps, 1, row, computedAt);
                    ps.setLong(12, row.subjectId());
                    ps.setString(13, row.scheme());
                    ps.setObject(14, overwrite.storedReadAt());
                });
        int updated = Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
        insertProfessions(RatingTables.LIVE, rows.stream().map(Overwrite::row).toList());
        return updated;
    }

    private void insertProfessions(RatingTables tables, List<RatingRow> rows) {
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
                    "INSERT INTO " + tables.professions()
                            + " (subject_id, scheme_code, profession_code, region_code, score)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    professions);
        }
    }

    private static void rating(PreparedStatement ps, RatingRow row, OffsetDateTime computedAt) throws SQLException {
        ps.setLong(1, row.subjectId());
        ps.setString(2, row.scheme());
        values(ps, 3, row, computedAt);
    }

    /** The eleven columns after the key, standard_id to reasons, from parameter {@code first} on. */
    private static void values(PreparedStatement ps, int first, RatingRow row, OffsetDateTime computedAt)
            throws SQLException {
        Evaluation e = row.evaluation();
        int i = first;
        ps.setLong(i++, row.standardId());
        ps.setInt(i++, row.version());
        ps.setBigDecimal(i++, Points.decimal(e.score()));
        ps.setString(i++, e.grade());
        ps.setString(i++, e.assignment());
        ps.setDate(i++, Date.valueOf(row.asOf()));
        ps.setDate(i++, e.validUntil() == null ? null : Date.valueOf(e.validUntil()));
        ps.setObject(i++, row.readAt());
        ps.setObject(i++, computedAt);
        if (row.jobId() == null) {
            ps.setNull(i++, Types.BIGINT);
        } else {
            ps.setLong(i++, row.jobId());
        }
        ps.setString(i, ReasonColumn.encode(e.reasons()));
    }
}
