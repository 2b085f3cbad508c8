package org.credence.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.credence.rating.SubjectGrade;
import org.credence.shared.PageRequest;
import org.credence.supervision.DrawStatus;
import org.credence.supervision.InspectionDraw;
import org.credence.supervision.Inspector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Draws: their inputs, population snapshot and result, written once; only the publication changes a draw. */
@Repository
class DrawStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DRAW_COLUMNS = """
            draw_id, sector_code, period, profile_id, scheme_code, seed, seed_generated, inspectors_per_target, pool,
            population_count, population_digest, unclassified_count, result_digest, status, drawn_at, drawn_by,
            published_at""";

    private static final int ROWS_PER_STATEMENT = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DrawStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    boolean exists(String sector, String period) {
        return jdbc.sql("SELECT COUNT(*) FROM inspection_draw WHERE sector_code = :s AND period = :p")
                        .param("s", sector)
                        .param("p", period)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A draw with its inputs; the digests are filled in by {@link #complete} once computed. */
    long insert(
            String sector,
            String period,
            StoredProfile profile,
            String seed,
            boolean seedGenerated,
            List<Inspector> pool,
            String actor,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO inspection_draw (sector_code, period, profile_id, scheme_code, seed, seed_generated,
                            inspectors_per_target, pool, population_count, population_digest, unclassified_count,
                            result_digest, status, drawn_at, drawn_by)
                        VALUES (:sector, :period, :profile, :scheme, :seed, :generated, :per, :pool, 0, :none, 0,
                            :none, 'DRAWN', :now, :actor)
                        """)
                .param("sector", sector)
                .param("period", period)
                .param("profile", profile.profileId())
                .param("scheme", profile.profile().scheme())
                .param("seed", seed)
                .param("generated", seedGenerated)
                .param("per", profile.profile().inspectorsPerTarget())
                .param("pool", JSON.writeValueAsString(pool))
                .param("none", "0".repeat(64))
                .param("now", now)
                .param("actor", actor)
                .update(keys, "draw_id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void addPopulation(long drawId, List<SubjectGrade> page) {
        insertRows(
                "INSERT INTO inspection_draw_population (draw_id, subject_id, grade) VALUES ", 3, page, (s, values) -> {
                    values.add(drawId);
                    values.add(s.subjectId());
                    values.add(s.grade());
                });
    }

    /**
     * Inserts rows with multi-row {@code VALUES} lists of {@link #ROWS_PER_STATEMENT} rows: several times faster than
     * a JDBC batch of single-row statements on PostgreSQL when the driver does not rewrite batches, and portable.
     */
    private <T> void insertRows(String insert, int columns, List<T> rows, BiConsumer<T, List<Object>> values) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> parameters = new ArrayList<>(chunk.size() * columns);
            chunk.forEach(r -> values.accept(r, parameters));
            batch.update(insert + String.join(", ", Collections.nCopies(chunk.size(), row)), parameters.toArray());
        }
    }

    List<SubjectGrade> population(long drawId, long after, int limit) {
        return jdbc.sql("SELECT subject_id, grade FROM inspection_draw_population WHERE draw_id = :d"
                        + " AND subject_id > :after ORDER BY subject_id LIMIT :limit")
                .param("d", drawId)
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> new SubjectGrade(rs.getLong("subject_id"), rs.getString("grade")))
                .list();
    }

    void complete(long drawId, DrawAlgorithm.Result result) {
        jdbc.sql("""
                        UPDATE inspection_draw SET population_count = :count, population_digest = :digest,
                            unclassified_count = :unclassified, result_digest = :result
                        WHERE draw_id = :d
                        """)
                .param("count", result.populationCount())
                .param("digest", result.populationDigest())
                .param("unclassified", result.unclassified())
                .param("result", result.resultDigest())
                .param("d", drawId)
                .update();
        int position = 0;
        for (DrawAlgorithm.CategoryCount c : result.categories()) {
            jdbc.sql("""
                            INSERT INTO inspection_draw_category (draw_id, category_code, position, population, ratio,
                                drawn)
                            VALUES (:d, :code, :position, :population, :ratio, :drawn)
                            """)
                    .param("d", drawId)
                    .param("code", c.code())
                    .param("position", ++position)
                    .param("population", c.population())
                    .param("ratio", c.ratio())
                    .param("drawn", c.drawn())
                    .update();
        }
        insertRows(
                "INSERT INTO inspection_draw_target (draw_id, position, subject_id, grade, category_code, draw_key,"
                        + " inspectors) VALUES ",
                7,
                result.targets(),
                (t, values) -> {
                    values.add(drawId);
                    values.add(t.position());
                    values.add(t.subjectId());
                    values.add(t.grade());
                    values.add(t.category());
                    values.add(t.key());
                    values.add(String.join(",", t.inspectors()));
                });
    }

    Optional<DrawRow> find(long drawId) {
        return jdbc.sql("SELECT " + DRAW_COLUMNS + " FROM inspection_draw WHERE draw_id = :d")
                .param("d", drawId)
                .query(this::row)
                .optional();
    }

    /** Newest first; one row more than the page. */
    List<DrawRow> list(boolean includeUnpublished, PageRequest page) {
        return jdbc.sql("SELECT " + DRAW_COLUMNS + " FROM inspection_draw"
                        + (includeUnpublished ? "" : " WHERE status = 'PUBLISHED'")
                        + " ORDER BY draw_id DESC LIMIT :limit OFFSET :offset")
                .param("limit", page.size() + 1)
                .param("offset", page.offset())
                .query(this::row)
                .list();
    }

    /** Targets in position order after a position; one row more than asked when {@code limit} is a page's. */
    List<DrawAlgorithm.Target> targets(long drawId, int afterPosition, int limit) {
        return jdbc.sql("""
                        SELECT position, subject_id, grade, category_code, draw_key, inspectors
                        FROM inspection_draw_target WHERE draw_id = :d AND position > :after
                        ORDER BY position LIMIT :limit
                        """)
                .param("d", drawId)
                .param("after", afterPosition)
                .param("limit", limit)
                .query((rs, n) -> new DrawAlgorithm.Target(
                        rs.getInt("position"),
                        rs.getLong("subject_id"),
                        rs.getString("grade"),
                        rs.getString("category_code"),
                        rs.getString("draw_key"),
                        Arrays.asList(rs.getString("inspectors").split(","))))
                .list();
    }

    /** Moves a drawn draw to published; false if it was published already. */
    boolean publish(long drawId, String actor, OffsetDateTime now) {
        return jdbc.sql("UPDATE inspection_draw SET status = 'PUBLISHED', published_at = :now, published_by = :actor"
                                + " WHERE draw_id = :d AND status = 'DRAWN'")
                        .param("now", now)
                        .param("actor", actor)
                        .param("d", drawId)
                        .update()
                == 1;
    }

    private List<InspectionDraw.CategoryResult> categories(long drawId) {
        return jdbc.sql("SELECT category_code, population, ratio, drawn FROM inspection_draw_category"
                        + " WHERE draw_id = :d ORDER BY position")
                .param("d", drawId)
                .query((rs, n) -> new InspectionDraw.CategoryResult(
                        rs.getString("category_code"),
                        rs.getLong("population"),
                        plain(rs.getBigDecimal("ratio")),
                        rs.getLong("drawn")))
                .list();
    }

    /** 5.00 as 5 and 100.00 as 100 (never 1E+2), as the profile states ratios. */
    private static java.math.BigDecimal plain(java.math.BigDecimal ratio) {
        var stripped = ratio.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private DrawRow row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("draw_id");
        return new DrawRow(
                id,
                rs.getString("sector_code"),
                rs.getString("period"),
                rs.getLong("profile_id"),
                rs.getString("scheme_code"),
                rs.getString("seed"),
                rs.getBoolean("seed_generated"),
                rs.getInt("inspectors_per_target"),
                JSON.readValue(rs.getString("pool"), new TypeReference<List<Inspector>>() {}),
                rs.getLong("population_count"),
                rs.getString("population_digest"),
                rs.getLong("unclassified_count"),
                rs.getString("result_digest"),
                DrawStatus.valueOf(rs.getString("status")),
                rs.getObject("drawn_at", OffsetDateTime.class),
                rs.getString("drawn_by"),
                rs.getObject("published_at", OffsetDateTime.class),
                categories(id));
    }
}
