package org.credence.rating.internal;

import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.credence.shared.copy.CopyBinary;
import org.credence.shared.copy.CopyBuffer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ratings streamed into their tables with PostgreSQL's binary {@code COPY}, in the caller's transaction: the server
 * parses no dates, times or numbers, which is most of what loading a rating costs it.
 */
class CopyRatingInserts implements RatingInserts {

    private static final String COLUMNS = "subject_id, scheme_code, standard_id, standard_version, score, grade,"
            + " assignment_code, as_of, valid_until, read_at, computed_at, job_id, reasons";
    private static final String STAGE =
            "CREATE TEMPORARY TABLE IF NOT EXISTS rating_stage (LIKE rating, stored_read_at TIMESTAMP WITH TIME ZONE)"
                    + " ON COMMIT DELETE ROWS";
    private static final String OVERWRITE = """
            UPDATE rating r SET standard_id = s.standard_id, standard_version = s.standard_version, score = s.score,
                grade = s.grade, assignment_code = s.assignment_code, as_of = s.as_of, valid_until = s.valid_until,
                read_at = s.read_at, computed_at = s.computed_at, job_id = s.job_id, reasons = s.reasons
            FROM rating_stage s
            WHERE r.subject_id = s.subject_id AND r.scheme_code = s.scheme_code AND r.read_at = s.stored_read_at
              AND r.subject_id BETWEEN ? AND ?""";

    private final DataSource dataSource;
    private final RatingInserts small;
    private final JdbcTemplate jdbc;

    CopyRatingInserts(DataSource dataSource, JdbcTemplate jdbc, RatingInserts small) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.small = small;
    }

    @Override
    public void insert(RatingTables tables, List<RatingRow> rows, OffsetDateTime computedAt) {
        if (rows.size() < 50) {
            small.insert(tables, rows, computedAt);
            return;
        }
        ratings(rows, computedAt, null)
                .copyInto(dataSource, "COPY " + tables.ratings() + " (" + COLUMNS + ") FROM STDIN (FORMAT binary)");
        insertProfessions(tables, rows);
    }

    /**
     * The rows go to a temporary table with {@code COPY}, and one statement overwrites the stored ratings from it.
     * The range condition keeps the planner on the primary key whatever it guesses of the unanalysed stage.
     */
    @Override
    public int update(List<Overwrite> overwrites, OffsetDateTime computedAt) {
        if (overwrites.size() < 50) {
            return small.update(overwrites, computedAt);
        }
        jdbc.execute(STAGE);
        List<RatingRow> rows = overwrites.stream().map(Overwrite::row).toList();
        List<OffsetDateTime> storedReads =
                overwrites.stream().map(Overwrite::storedReadAt).toList();
        ratings(rows, computedAt, storedReads)
                .copyInto(dataSource, "COPY rating_stage (" + COLUMNS + ", stored_read_at) FROM STDIN (FORMAT binary)");
        long first = rows.stream().mapToLong(RatingRow::subjectId).min().orElseThrow();
        long last = rows.stream().mapToLong(RatingRow::subjectId).max().orElseThrow();
        int updated = jdbc.update(OVERWRITE, first, last);
        insertProfessions(RatingTables.LIVE, rows);
        return updated;
    }

    /** The rows' columns; with the stored ratings' {@code read_at} after them, when given (the stage). */
    private static CopyBuffer ratings(
            List<RatingRow> rows, OffsetDateTime computedAt, @Nullable List<OffsetDateTime> storedReads) {
        CopyBinary ratings = new CopyBinary();
        StringBuilder reasons = new StringBuilder(256);
        for (int i = 0; i < rows.size(); i++) {
            RatingRow row = rows.get(i);
            Evaluation e = row.evaluation();
            reasons.setLength(0);
            ReasonColumn.encode(e.reasons(), reasons);
            ratings.row(storedReads == null ? 13 : 14)
                    .int8(row.subjectId())
                    .text(row.scheme())
                    .int8(row.standardId())
                    .int4(row.version())
                    .numeric(e.score(), 2)
                    .text(e.grade())
                    .text(e.assignment())
                    .date(row.asOf())
                    .date(e.validUntil())
                    .timestamp(row.readAt())
                    .timestamp(computedAt)
                    .int8(row.jobId())
                    .ascii(e.reasons().isEmpty() ? null : reasons);
            if (storedReads != null) {
                ratings.timestamp(storedReads.get(i));
            }
        }
        return ratings.finish();
    }

    private void insertProfessions(RatingTables tables, List<RatingRow> rows) {
        if (rows.stream().allMatch(r -> r.evaluation().professions().isEmpty())) {
            return;
        }
        CopyBinary ranked = new CopyBinary();
        for (RatingRow row : rows) {
            for (String profession : row.evaluation().professions()) {
                ranked.row(5)
                        .int8(row.subjectId())
                        .text(row.scheme())
                        .text(profession)
                        .text(row.regionCode())
                        .numeric(row.evaluation().score(), 2);
            }
        }
        ranked.finish()
                .copyInto(
                        dataSource,
                        "COPY " + tables.professions()
                                + " (subject_id, scheme_code, profession_code, region_code, score)"
                                + " FROM STDIN (FORMAT binary)");
    }
}
