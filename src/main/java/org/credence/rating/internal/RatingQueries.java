package org.credence.rating.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.credence.rating.ProfessionalRank;
import org.credence.rating.SubjectGrade;
import org.credence.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The read side of ratings: a subject's in one statement (one snapshot), ranks and rankings, grades for simulation. */
@Repository
class RatingQueries {

    private final JdbcClient jdbc;

    RatingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The subject's ratings with their reasons (stored in the rating's row, so that each comes whole). */
    List<StoredRating> ofSubject(long subjectId) {
        return jdbc.sql("""
                        SELECT subject_id, scheme_code, standard_id, standard_version, score, grade, assignment_code,
                               as_of, valid_until, read_at, computed_at, job_id, reasons
                        FROM rating WHERE subject_id = :s ORDER BY scheme_code
                        """)
                .param("s", subjectId)
                .query((rs, n) -> new StoredRating(
                        subjectId,
                        rs.getString("scheme_code"),
                        rs.getLong("standard_id"),
                        rs.getInt("standard_version"),
                        Points.of(rs.getBigDecimal("score")),
                        rs.getString("grade"),
                        rs.getString("assignment_code"),
                        rs.getObject("as_of", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class),
                        rs.getObject("read_at", OffsetDateTime.class),
                        rs.getObject("computed_at", OffsetDateTime.class),
                        rs.getObject("job_id", Long.class),
                        ReasonColumn.decode(rs.getString("reasons"))))
                .list();
    }

    /** The subject's rank in each profession it is rated in, among peers of its city and of its province. */
    List<ProfessionalRank> ranks(long subjectId, String scheme) {
        return jdbc.sql("SELECT region_code FROM rating_profession WHERE subject_id = :s AND scheme_code = :c LIMIT 1")
                .param("s", subjectId)
                .param("c", scheme)
                .query(String.class)
                .optional()
                .map(region -> {
                    List<ProfessionalRank> ranks = new ArrayList<>(rankIn(subjectId, scheme, region.substring(0, 4)));
                    ranks.addAll(rankIn(subjectId, scheme, region.substring(0, 2)));
                    return ranks;
                })
                .orElse(List.of());
    }

    private List<ProfessionalRank> rankIn(long subjectId, String scheme, String prefix) {
        String regionCode = (prefix + "000000").substring(0, 6);
        return jdbc.sql("""
                        SELECT p.profession_code,
                          (SELECT COUNT(*) FROM rating_profession o WHERE o.scheme_code = p.scheme_code
                             AND o.profession_code = p.profession_code AND o.region_code LIKE :prefix
                             AND o.score > p.score) AS higher,
                          (SELECT COUNT(*) FROM rating_profession o WHERE o.scheme_code = p.scheme_code
                             AND o.profession_code = p.profession_code AND o.region_code LIKE :prefix) AS peers
                        FROM rating_profession p WHERE p.subject_id = :s AND p.scheme_code = :c
                        ORDER BY p.profession_code
                        """)
                .param("s", subjectId)
                .param("c", scheme)
                .param("prefix", prefix + "%")
                .query((rs, n) -> {
                    long peers = rs.getLong("peers");
                    long rank = rs.getLong("higher") + 1;
                    return new ProfessionalRank(
                            rs.getString("profession_code"), regionCode, rank, peers, percentile(rank, peers));
                })
                .list();
    }

    /** A page of a ranking: subject id, score, grade and competition rank (ties share a rank). */
    record RankedRow(long subjectId, BigDecimal score, String grade, long rank, long peers) {}

    /** A page of the ranking, or of its lines for the subjects {@code among} (ranked still among all peers). */
    List<RankedRow> ranking(
            String scheme, String profession, String regionPrefix, @Nullable Set<Long> among, PageRequest page) {
        String ranked = """
                SELECT p.subject_id, p.score, r.grade,
                       RANK() OVER (ORDER BY p.score DESC) AS rank_no,
                       COUNT(*) OVER () AS peers
                FROM rating_profession p
                JOIN rating r ON r.subject_id = p.subject_id AND r.scheme_code = p.scheme_code
                WHERE p.scheme_code = :c AND p.profession_code = :p AND p.region_code LIKE :prefix
                """;
        String sql = "SELECT * FROM (" + ranked + ") ranked" + (among == null ? "" : " WHERE subject_id IN (:among)");
        var statement = jdbc.sql(sql + " ORDER BY score DESC, subject_id LIMIT :limit OFFSET :offset")
                .param("c", scheme)
                .param("p", profession)
                .param("prefix", regionPrefix + "%")
                .param("limit", page.size() + 1)
                .param("offset", page.offset());
        if (among != null) {
            statement = statement.param("among", List.copyOf(among));
        }
        return statement
                .query((rs, n) -> new RankedRow(
                        rs.getLong("subject_id"),
                        rs.getBigDecimal("score"),
                        rs.getString("grade"),
                        rs.getLong("rank_no"),
                        rs.getLong("peers")))
                .list();
    }

    /** Current grade and score under a scheme of the subjects in {@code (after, last]}. */
    Map<Long, StoredGrade> grades(String scheme, long after, long last) {
        Map<Long, StoredGrade> grades = new HashMap<>();
        jdbc.sql("SELECT subject_id, grade, score FROM rating WHERE scheme_code = :c AND subject_id > :after"
                        + " AND subject_id <= :last")
                .param("c", scheme)
                .param("after", after)
                .param("last", last)
                .query(rs -> {
                    grades.put(rs.getLong(1), new StoredGrade(rs.getString(2), rs.getBigDecimal(3)));
                });
        return grades;
    }

    /** A stored grade and score. */
    record StoredGrade(String grade, BigDecimal score) {}

    /** The first subject after the id that has a rating, if any: where the sweep's next range starts. */
    Optional<Long> nextRatedSubject(long after) {
        return jdbc.sql("SELECT MIN(subject_id) FROM rating WHERE subject_id > :after")
                .param("after", after)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class)))
                .single();
    }

    /**
     * Subjects in {@code (after, last]} whose rating time alone may have changed by the date, in id order: a bounded
     * range of the primary key, read whole, so that the sweep costs one pass over the table a night whatever the
     * planner would make of the date alone (there is no index on it: every re-rating would pay for one).
     */
    List<Long> staleSubjects(LocalDate date, long after, long last) {
        return jdbc.sql("SELECT DISTINCT subject_id FROM rating WHERE subject_id > :after AND subject_id <= :last"
                        + " AND valid_until <= :date ORDER BY subject_id")
                .param("date", date)
                .param("after", after)
                .param("last", last)
                .query(Long.class)
                .list();
    }

    /**
     * A scheme's ratings after a subject id, in subject id order: the primary key (subject_id, scheme_code) serves it,
     * the scheme checked inside the index.
     */
    List<SubjectGrade> grades(String scheme, long after, int limit) {
        return jdbc.sql("SELECT subject_id, grade FROM rating WHERE scheme_code = :scheme AND subject_id > :after"
                        + " ORDER BY subject_id LIMIT :limit")
                .param("scheme", scheme)
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> new SubjectGrade(rs.getLong("subject_id"), rs.getString("grade")))
                .list();
    }

    static BigDecimal percentile(long rank, long peers) {
        if (peers == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(100L * (peers - rank + 1)).divide(BigDecimal.valueOf(peers), 2, RoundingMode.HALF_UP);
    }
}
