package org.credence.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.credence.rating.RatingChanged;
import org.credence.rating.RatingTestConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The newest read wins: a rating is never replaced by one computed from older inputs, on either path. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RatingTestConfiguration.class)
class RatingWriterIntegrationTests {

    static final OffsetDateTime T1 = OffsetDateTime.of(2026, 7, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime T2 = T1.plusMinutes(1);
    static final OffsetDateTime T3 = T1.plusMinutes(2);

    @Autowired
    RatingWriter writer;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    final long subject = 900_000_000L + System.nanoTime() % 1_000_000;
    final String scheme = "writer-test-" + System.nanoTime();

    RatingRow row(String grade, OffsetDateTime readAt) {
        var evaluation = new Evaluation(
                8000, grade, null, List.of(new Evaluation.ReasonLine("R", -1000L, List.of(1L, 2L))), Set.of(), null);
        return new RatingRow(subject, scheme, 1, 1, evaluation, LocalDate.of(2026, 7, 1), readAt, "350100", null);
    }

    String stored() {
        return jdbc.sql("SELECT grade || '/' || reasons FROM rating r WHERE subject_id = :s AND scheme_code = :c")
                .param("s", subject)
                .param("c", scheme)
                .query(String.class)
                .optional()
                .orElse("none");
    }

    @Test
    void aJobChunkReadBeforeAnIncrementalRatingKeepsThatRating() {
        transactions.executeWithoutResult(
                s -> writer.replaceSubject(subject, List.of(scheme), List.of(row("B", T2)), T2, T2));
        var kept = transactions.execute(
                s -> writer.replaceRange(List.of(scheme), subject - 1, subject, List.of(row("A", T1)), T1, T3));
        assertThat(kept.written()).isZero();
        assertThat(kept.changes()).as("the rating kept is no change").isEmpty();
        assertThat(stored()).isEqualTo("B/R:-1000:1,2");

        var replaced = transactions.execute(
                s -> writer.replaceRange(List.of(scheme), subject - 1, subject, List.of(row("C", T3)), T3, T3));
        assertThat(replaced.written()).isEqualTo(1);
        assertThat(replaced.changes()).containsExactly(new RatingChanged(subject, scheme, "B", "C", 1));
        assertThat(stored()).isEqualTo("C/R:-1000:1,2");

        var same = transactions.execute(
                s -> writer.replaceRange(List.of(scheme), subject - 1, subject, List.of(row("C", T3)), T3, T3));
        assertThat(same.written()).isEqualTo(1);
        assertThat(same.changes()).as("the same grade again is no change").isEmpty();

        var removed = transactions.execute(
                s -> writer.replaceRange(List.of(scheme), subject - 1, subject, List.of(), T3, T3));
        assertThat(removed.written()).isZero();
        assertThat(removed.changes()).containsExactly(new RatingChanged(subject, scheme, "C", null, 0));
        assertThat(stored()).isEqualTo("none");
    }

    @Test
    void anIncrementalRatingFromOlderInputsChangesNothingAndASchemeWithoutARowLosesItsRating() {
        transactions.executeWithoutResult(
                s -> writer.replaceSubject(subject, List.of(scheme), List.of(row("B", T2)), T2, T2));
        var changes = transactions.execute(
                s -> writer.replaceSubject(subject, List.of(scheme), List.of(row("A", T1)), T1, T3));
        assertThat(changes).isEmpty();
        assertThat(stored()).isEqualTo("B/R:-1000:1,2");

        changes = transactions.execute(s -> writer.replaceSubject(subject, List.of(scheme), List.of(), T3, T3));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo("B");
            assertThat(c.to()).isNull();
        });
        assertThat(stored()).isEqualTo("none");
    }

    /**
     * A chunk large enough for the bulk path (binary COPY on PostgreSQL) stores every column as the row holds it:
     * scores of either sign and any size, absent assignments, end dates and job ids, times to the microsecond, and
     * the professions a rating ranks under; the next chunk over the same subjects overwrites them all in place.
     */
    @Test
    void aBulkChunkStoresEveryColumnAsRatedAndTheNextOverwritesThem() {
        long first = 800_000_000L + (System.nanoTime() % 1_000_000) * 100;
        OffsetDateTime readAt = OffsetDateTime.of(2026, 7, 1, 8, 30, 15, 123_456_000, ZoneOffset.UTC);
        List<RatingRow> rows = chunk(first, readAt, 0);
        var written = transactions.execute(
                s -> writer.replaceRange(List.of(scheme), first - 1, first + 59, rows, readAt, readAt.plusSeconds(1)));
        assertThat(written.written()).isEqualTo(60);
        assertThat(written.changes()).hasSize(60).allMatch(c -> c.from() == null);
        assertStored(rows, readAt.plusSeconds(1));

        OffsetDateTime later = readAt.plusDays(1);
        List<RatingRow> next = chunk(first, later, 1);
        var overwritten = transactions.execute(
                s -> writer.replaceRange(List.of(scheme), first - 1, first + 59, next, later, later.plusSeconds(1)));
        assertThat(overwritten.written()).isEqualTo(60);
        assertThat(overwritten.changes())
                .as("every grade moved from its first value")
                .hasSize(60)
                .allMatch(c -> c.from() != null && !c.from().equals(c.to()));
        assertStored(next, later.plusSeconds(1));
    }

    /**
     * A rating the incremental path stored from newer inputs inside a bulk chunk's range is kept with its professions,
     * while the chunk overwrites every other rating of the range and replaces their professions.
     */
    @Test
    void aBulkOverwriteKeepsARatingFromNewerInputsWithItsProfessions() {
        long first = 700_000_000L + (System.nanoTime() % 1_000_000) * 100;
        OffsetDateTime readAt = OffsetDateTime.of(2026, 7, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        transactions.execute(s ->
                writer.replaceRange(List.of(scheme), first - 1, first + 59, chunk(first, readAt, 0), readAt, readAt));
        OffsetDateTime newer = readAt.plusHours(1);
        var evaluation = new Evaluation(4242, "N", null, List.of(), Set.of("LAWYER"), null);
        var incremental =
                new RatingRow(first + 1, scheme, 1, 3, evaluation, LocalDate.of(2026, 7, 1), newer, "350102", null);
        transactions.execute(
                s -> writer.replaceSubject(first + 1, List.of(scheme), List.of(incremental), newer, newer));

        OffsetDateTime chunkRead = readAt.plusMinutes(30);
        List<RatingRow> next = chunk(first, chunkRead, 1);
        var written = transactions.execute(
                s -> writer.replaceRange(List.of(scheme), first - 1, first + 59, next, chunkRead, newer));
        assertThat(written.written()).isEqualTo(59);
        assertThat(written.changes()).noneMatch(c -> c.subjectId() == first + 1);
        var ranked = jdbc.sql("SELECT subject_id, score FROM rating_profession WHERE scheme_code = :c"
                        + " AND profession_code = 'LAWYER' ORDER BY subject_id")
                .param("c", scheme)
                .query((rs, n) -> rs.getLong(1) + "=" + rs.getBigDecimal(2).toPlainString())
                .list();
        var expected = new java.util.ArrayList<String>();
        for (RatingRow row : next) {
            if (row.subjectId() == first + 1) {
                expected.add(row.subjectId() + "=" + Points.decimal(4242).toPlainString());
            } else if (!row.evaluation().professions().isEmpty()) {
                expected.add(row.subjectId() + "="
                        + Points.decimal(row.evaluation().score()).toPlainString());
            }
        }
        assertThat(ranked).containsExactlyElementsOf(expected);
        assertThat(jdbc.sql("SELECT grade FROM rating WHERE subject_id = :s AND scheme_code = :c")
                        .param("s", first + 1)
                        .param("c", scheme)
                        .query(String.class)
                        .single())
                .isEqualTo("N");
    }

    /** Sixty ratings of consecutive subjects, their values varied by position and by the round. */
    private List<RatingRow> chunk(long first, OffsetDateTime readAt, int round) {
        List<RatingRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int k = i + round;
            long score = (k % 2 == 0 ? 1 : -1) * (k * 1_234_567L % 100_000_000L);
            var evaluation = new Evaluation(
                    score,
                    (round == 0 ? "A" : "B") + i % 3,
                    k % 4 == 0 ? "ASSIGNED-" + k : null,
                    List.of(new Evaluation.ReasonLine("R" + k, (long) -k, List.of((long) k, k + 1L))),
                    k % 5 == 0 ? Set.of("LAWYER") : Set.of(),
                    k % 2 == 0 ? LocalDate.of(2027, 1, 1).plusDays(k) : null);
            rows.add(new RatingRow(
                    first + i,
                    scheme,
                    1 + round,
                    3 + round,
                    evaluation,
                    LocalDate.of(2026, 7, 1).plusDays(round),
                    readAt,
                    "350102",
                    k % 2 == 0 ? 77L + round : null));
        }
        return rows;
    }

    private void assertStored(List<RatingRow> rows, OffsetDateTime computedAt) {
        for (RatingRow row : rows) {
            Evaluation e = row.evaluation();
            var stored = jdbc.sql("""
                            SELECT score, grade, assignment_code, as_of, valid_until, read_at, computed_at, job_id,
                                   reasons, standard_id, standard_version
                            FROM rating WHERE subject_id = :s AND scheme_code = :c""")
                    .param("s", row.subjectId())
                    .param("c", scheme)
                    .query((rs, n) -> java.util.Arrays.asList(
                            rs.getBigDecimal(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class),
                            rs.getObject(6, OffsetDateTime.class).toInstant(),
                            rs.getObject(7, OffsetDateTime.class).toInstant(),
                            rs.getObject(8),
                            rs.getString(9),
                            rs.getLong(10),
                            rs.getInt(11)))
                    .single();
            assertThat(stored)
                    .as("subject %d", row.subjectId())
                    .containsExactly(
                            Points.decimal(e.score()),
                            e.grade(),
                            e.assignment(),
                            row.asOf(),
                            e.validUntil(),
                            row.readAt().toInstant(),
                            computedAt.toInstant(),
                            row.jobId(),
                            ReasonColumn.encode(e.reasons()),
                            row.standardId(),
                            row.version());
        }
        var ranked = jdbc.sql("SELECT subject_id, score FROM rating_profession WHERE scheme_code = :c"
                        + " AND profession_code = 'LAWYER' AND region_code = '350102' ORDER BY subject_id")
                .param("c", scheme)
                .query((rs, n) -> rs.getLong(1) + "=" + rs.getBigDecimal(2).toPlainString())
                .list();
        assertThat(ranked)
                .containsExactlyElementsOf(rows.stream()
                        .filter(r -> !r.evaluation().professions().isEmpty())
                        .map(r -> r.subjectId() + "="
                                + Points.decimal(r.evaluation().score()).toPlainString())
                        .toList());
    }
}
