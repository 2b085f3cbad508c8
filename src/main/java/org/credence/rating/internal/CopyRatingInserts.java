package org.credence.rating.internal;

import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.credence.shared.copy.CopyBinary;

/**
 * Ratings streamed into their tables with PostgreSQL's binary {@code COPY}, in the caller's transaction: the server
 * parses no dates, times or numbers, which is most of what loading a rating costs it.
 */
class CopyRatingInserts implements RatingInserts {

    private final DataSource dataSource;
    private final RatingInserts small;

    CopyRatingInserts(DataSource dataSource, RatingInserts small) {
        this.dataSource = dataSource;
        this.small = small;
    }

    @Override
    public void insert(List<RatingRow> rows, OffsetDateTime computedAt) {
        if (rows.size() < 50) {
            small.insert(rows, computedAt);
            return;
        }
        CopyBinary ratings = new CopyBinary();
        boolean professions = false;
        for (RatingRow row : rows) {
            Evaluation e = row.evaluation();
            ratings.row(13)
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
                    .text(ReasonColumn.encode(e.reasons()));
            professions |= !e.professions().isEmpty();
        }
        ratings.finish()
                .copyInto(
                        dataSource,
                        "COPY rating (subject_id, scheme_code, standard_id, standard_version, score, grade,"
                                + " assignment_code, as_of, valid_until, read_at, computed_at, job_id, reasons)"
                                + " FROM STDIN (FORMAT binary)");
        if (professions) {
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
                            "COPY rating_profession (subject_id, scheme_code, profession_code, region_code, score)"
                                    + " FROM STDIN (FORMAT binary)");
        }
    }
}
