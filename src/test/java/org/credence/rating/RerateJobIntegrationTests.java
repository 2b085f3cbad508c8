package org.credence.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.credence.access.Actor;
import org.credence.access.Role;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Severity;
import org.credence.listing.EntryStatus;
import org.credence.listing.ListAdministration;
import org.credence.rating.internal.RerateTestAccess;
import org.credence.record.RecordStore;
import org.credence.shared.Database;
import org.credence.shared.backlog.WorkBacklog;
import org.credence.subject.SubjectRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A full re-rating after a new version is published, interrupted midway (its thread interrupted after some chunks, as
 * a kill would stop it: nothing after the last committed chunk) and resumed by another owner from the persisted
 * cursor. The real process kill of the packaged jar is in {@code bench/rerate/kill-resume.sh}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RatingTestConfiguration.class)
class RerateJobIntegrationTests {

    static final String STANDARD = """
            scheme: %s
            version: %d
            title: { zh: 重评测试, en: Re-rating test }
            sector: TEST
            effectiveFrom: 2026-01-01
            scope: { subjectKind: ORGANISATION }
            score: { min: 0, max: 100, base: %d }
            factors:
              - { code: penalty, recordTypes: [administrative-penalty], points: -10, reason: PENALTY }
            grades:
              - { code: A, minScore: 90, label: { zh: 甲, en: A } }
              - { code: B, minScore: 75, label: { zh: 乙, en: B } }
              - { code: C, minScore: 0, label: { zh: 丙, en: C } }
            defaultReason: CLEAN
            reasons:
              PENALTY: { zh: 处罚, en: Penalties }
              CLEAN: { zh: 无, en: Clean }
            """;

    @Autowired
    EvaluationStandards standards;

    @Autowired
    RatingEngine engine;

    @Autowired
    RerateTestAccess jobs;

    @Autowired
    RecordStore records;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ListAdministration lists;

    @Autowired
    WorkBacklog backlog;

    @Autowired
    Database database;

    RatingFixtures fixtures;
    String scheme;

    @BeforeEach
    void population() {
        fixtures = new RatingFixtures(subjects, records, catalogue);
        scheme = "rerate-test-" + System.nanoTime();
        for (int i = 0; i < 30; i++) {
            long subject = fixtures.enterprise();
            if (i % 3 == 0) {
                fixtures.file(subject, "administrative-penalty", Severity.GENERAL, java.time.LocalDate.of(2026, 11, 1));
            }
        }
        fixtures.person(null);
        // work other tests queued (their filings' subjects to re-rate) would rate subjects under this test's scheme
        // whenever it ran: beyond a stopped job's cursor too. The tests start once it is done.
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> backlog.outstanding() == 0);
    }

    long publish(int version, int base) {
        return publish(scheme, version, base);
    }

    long publish(String code, int version, int base) {
        long id = standards
                .draft(STANDARD.formatted(code, version, base), "officer")
                .standardId();
        return standards.publish(id, "officer").standardId();
    }

    RerateJob jobFor(long standardId) {
        return jobFor(scheme, standardId);
    }

    RerateJob jobFor(String code, long standardId) {
        return engine.jobs(50).stream()
                .filter(j -> j.targets().getOrDefault(code, -1L) == standardId)
                .findFirst()
                .orElseThrow();
    }

    Map<Long, Integer> versions() {
        return versions("rating");
    }

    /** The scheme's ratings in a table: the live one, or a job's own while it rebuilds them (PostgreSQL). */
    Map<Long, Integer> versions(String table) {
        Map<Long, Integer> versions = new HashMap<>();
        jdbc.sql("SELECT subject_id, standard_version FROM " + table + " WHERE scheme_code = :c")
                .param("c", scheme)
                .query(rs -> {
                    versions.put(rs.getLong(1), rs.getInt(2));
                });
        return versions;
    }

    @Test
    void aJobStoppedMidwayResumesAfterItsLastChunkAndEveryRatingNamesItsVersion() throws Exception {
        long v1 = publish(1, 90);
        RerateJob first = jobFor(v1);
        assertThat(jobs.runToEnd(first.jobId(), "owner-a", 7)).isEqualTo("COMPLETED");
        long organisations = jdbc.sql("SELECT COUNT(*) FROM subject WHERE kind = 'ORGANISATION'"
                        + " AND organisation_type IS NOT NULL")
                .query(Long.class)
                .single();
        assertThat(versions()).hasSize((int) organisations).containsValue(1).doesNotContainValue(2);

        long v2 = publish(2, 80);
        RerateJob second = jobFor(v2);
        assertThat(second.targets()).containsEntry(scheme, v2);
        AtomicInteger chunks = new AtomicInteger();
        Thread worker = new Thread(() -> jobs.run(second.jobId(), "owner-a", 7, job -> {
            if (chunks.incrementAndGet() == 3) {
                Thread.currentThread().interrupt();
            }
        }));
        worker.start();
        worker.join(Duration.ofSeconds(60));

        RerateJob stopped = engine.job(second.jobId()).orElseThrow();
        assertThat(stopped.status()).isEqualTo(RerateJob.Status.RUNNING);
        assertThat(stopped.subjectsDone()).isEqualTo(21);
        long cursor = stopped.cursorSubjectId();
        Map<Long, Integer> midway = versions();
        assertThat(midway).hasSize((int) organisations);
        // PostgreSQL: the job builds the new ratings in a table of its own and switches it in at the end, so readers
        // see every old rating until then; elsewhere each chunk's subjects switch to the new version as it commits
        String written = database.isPostgres() ? "rating_rebuild_" + second.jobId() : "rating";
        midway.forEach((subject, version) -> assertThat(version)
                .as("subject %d against cursor %d", subject, cursor)
                .isEqualTo(subject <= cursor && !database.isPostgres() ? 2 : 1));
        if (database.isPostgres()) {
            assertThat(versions(written))
                    .as("the job's own table: the new version up to the cursor, nothing after it")
                    .hasSize(jdbc.sql("SELECT COUNT(*) FROM subject WHERE kind = 'ORGANISATION'"
                                    + " AND organisation_type IS NOT NULL AND subject_id <= :cursor")
                            .param("cursor", cursor)
                            .query(Integer.class)
                            .single())
                    .allSatisfy((subject, version) -> assertThat(version).isEqualTo(2));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating r WHERE r.scheme_code = :c AND r.reasons IS NULL")
                        .param("c", scheme)
                        .query(Long.class)
                        .single())
                .as("every visible rating comes with its reasons")
                .isZero();
        Map<Long, OffsetDateTime> doneBefore = computedAt(written, cursor);

        assertThat(jobs.takeOver(second.jobId(), "owner-b")).isTrue();
        assertThat(jobs.runToEnd(second.jobId(), "owner-b", 7)).isEqualTo("COMPLETED");
        RerateJob finished = engine.job(second.jobId()).orElseThrow();
        assertThat(finished.status()).isEqualTo(RerateJob.Status.COMPLETED);
        assertThat(finished.subjectsDone()).isEqualTo(finished.subjectsTotal());
        assertThat(versions()).hasSize((int) organisations).doesNotContainValue(1);
        assertThat(computedAt("rating", cursor))
                .as("chunks before the cursor are not redone")
                .isEqualTo(doneBefore);
        assertThat(jobs.run(second.jobId(), "owner-a", 7, job -> {}))
                .as("the first owner lost the job")
                .isEqualTo("LOST");
    }

    /**
     * PostgreSQL's rebuild: a subject the incremental path rates while the job runs (after the job wrote it into its own
     * table) shows its newer rating once the job switches its table in, and the ratings of every other scheme come
     * through the switch as they are then (a scheme first rated by another job meanwhile included); the job's tables
     * are gone afterwards.
     */
    @Test
    void aRebuildSwitchesInTheRatingsOfSubjectsRatedMeanwhileAndKeepsTheOtherSchemes() throws Exception {
        assumeTrue(database.isPostgres(), "the rebuild runs on PostgreSQL");
        long v1 = publish(1, 90);
        assertThat(jobs.runToEnd(jobFor(v1).jobId(), "owner-a", 7)).isEqualTo("COMPLETED");
        long v2 = publish(2, 80);
        RerateJob second = jobFor(v2);
        // stopped once its table holds a subject rated clean (80: no penalty) under the new version
        Thread worker = new Thread(() -> jobs.run(second.jobId(), "owner-a", 7, job -> {
            if (cleanInRebuild(second.jobId()).isPresent()) {
                Thread.currentThread().interrupt();
            }
        }));
        worker.start();
        worker.join(Duration.ofSeconds(60));
        long cursor = engine.job(second.jobId()).orElseThrow().cursorSubjectId();
        long rebuilt = cleanInRebuild(second.jobId()).orElseThrow();
        assertThat(rebuilt).isLessThanOrEqualTo(cursor);
        assertThat(score(rebuilt))
                .as("the live table: still the old version's rating")
                .isEqualTo(90);

        fixtures.file(rebuilt, "administrative-penalty", Severity.GENERAL, java.time.LocalDate.of(2026, 11, 2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> score(rebuilt) == 70);
        // meanwhile another scheme is rated for the first time, by a job of its own (straight into the live table)
        long other = publish(scheme + "-other", 1, 90);
        assertThat(jobs.runToEnd(jobFor(scheme + "-other", other).jobId(), "owner-c", 50))
                .isEqualTo("COMPLETED");
        Map<String, String> others = otherSchemes(); // the subject's too, as the incremental path rated them
        assertThat(others).containsKey(rebuilt + "/" + scheme + "-other");

        assertThat(jobs.takeOver(second.jobId(), "owner-b")).isTrue();
        assertThat(jobs.runToEnd(second.jobId(), "owner-b", 7)).isEqualTo("COMPLETED");
        assertThat(versions()).isNotEmpty().doesNotContainValue(1);
        assertThat(score(rebuilt))
                .as("rated meanwhile: the newer rating wins the switch")
                .isEqualTo(70);
        assertThat(otherSchemes())
                .as("the other schemes' ratings, as they were")
                .isEqualTo(others);
        assertThat(jdbc.sql("SELECT to_regclass(:t) IS NULL")
                        .param("t", "rating_rebuild_" + second.jobId())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating_touch WHERE job_id = :id")
                        .param("id", second.jobId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /**
     * The switched-in tables carry every index the live ones had, under the same names (one made here for the test
     * included, as a later migration might add one), and the primary key still guards against a second rating.
     */
    @Test
    void aRebuildKeepsTheLiveTablesIndexesUnderTheirNames() {
        assumeTrue(database.isPostgres(), "the rebuild runs on PostgreSQL");
        long v1 = publish(1, 90);
        jobs.runToEnd(jobFor(v1).jobId(), "owner-a", 50);
        jdbc.sql("CREATE INDEX rating_rebuild_test_idx ON rating (grade, scheme_code)")
                .update();
        try {
            Map<String, String> before = indexes();
            RerateJob second = jobFor(publish(2, 85));
            assertThat(jobs.runToEnd(second.jobId(), "owner-a", 50)).isEqualTo("COMPLETED");
            assertThat(versions().values()).isNotEmpty().containsOnly(2);

            assertThat(indexes()).isEqualTo(before).containsKey("rating_rebuild_test_idx");
            assertThat(jdbc.sql("SELECT conname FROM pg_constraint WHERE conrelid = CAST('rating' AS regclass)"
                                    + " AND contype = 'p'")
                            .query(String.class)
                            .single())
                    .isEqualTo("rating_pkey");
            Map.Entry<Long, Integer> rated = versions().entrySet().iterator().next();
            assertThatThrownBy(() -> jdbc.sql(
                                    "INSERT INTO rating SELECT * FROM rating WHERE subject_id = :s AND scheme_code = :c")
                            .param("s", rated.getKey())
                            .param("c", scheme)
                            .update())
                    .isInstanceOf(DuplicateKeyException.class);
        } finally {
            jdbc.sql("DROP INDEX IF EXISTS rating_rebuild_test_idx").update();
        }
    }

    /** The live ratings tables' indexes by name, with their definitions. */
    private Map<String, String> indexes() {
        Map<String, String> indexes = new HashMap<>();
        jdbc.sql("SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('rating', 'rating_profession')")
                .query(rs -> {
                    indexes.put(rs.getString(1), rs.getString(2));
                });
        return indexes;
    }

    /** A rebuild superseded midway leaves its tables until the next rebuild starts, which drops them. */
    @Test
    void theNextRebuildDropsTheTablesOfASupersededOne() throws Exception {
        assumeTrue(database.isPostgres(), "the rebuild runs on PostgreSQL");
        long v1 = publish(1, 90);
        jobs.runToEnd(jobFor(v1).jobId(), "owner-a", 50);
        RerateJob second = jobFor(publish(2, 85));
        Thread worker = new Thread(() -> jobs.run(second.jobId(), "owner-a", 7, job -> {
            if (job.ratingsWritten() > 0) { // stopped once its table holds ratings (a chunk may have none to rate)
                Thread.currentThread().interrupt();
            }
        }));
        worker.start();
        worker.join(Duration.ofSeconds(60));
        String abandoned = "rating_rebuild_" + second.jobId();
        assertThat(versions(abandoned)).isNotEmpty();

        long v3 = publish(3, 80);
        assertThat(engine.job(second.jobId()).orElseThrow().status()).isEqualTo(RerateJob.Status.SUPERSEDED);
        assertThat(jobs.runToEnd(jobFor(v3).jobId(), "owner-a", 50)).isEqualTo("COMPLETED");

        assertThat(versions().values()).isNotEmpty().containsOnly(3);
        assertThat(jdbc.sql("SELECT to_regclass(:t) IS NULL")
                        .param("t", abandoned)
                        .query(Boolean.class)
                        .single())
                .as("the superseded job's table dropped")
                .isTrue();
    }

    /** A subject the job has rated clean (80) in its own table so far, if any. */
    private java.util.Optional<Long> cleanInRebuild(long jobId) {
        return jdbc.sql("SELECT subject_id FROM rating_rebuild_" + jobId
                        + " WHERE scheme_code = :c AND score = 80 ORDER BY subject_id LIMIT 1")
                .param("c", scheme)
                .query(Long.class)
                .optional();
    }

    private int score(long subject) {
        return jdbc.sql("SELECT CAST(score AS INT) FROM rating WHERE subject_id = :s AND scheme_code = :c")
                .param("s", subject)
                .param("c", scheme)
                .query(Integer.class)
                .single();
    }

    /** Every rating of every other scheme: subject, scheme, grade and when it was computed. */
    private Map<String, String> otherSchemes() {
        Map<String, String> ratings = new HashMap<>();
        jdbc.sql("SELECT subject_id, scheme_code, grade, computed_at FROM rating WHERE scheme_code <> :c")
                .param("c", scheme)
                .query(rs -> {
                    ratings.put(
                            rs.getLong(1) + "/" + rs.getString(2),
                            rs.getString(3) + "@" + rs.getObject(4, OffsetDateTime.class));
                });
        return ratings;
    }

    /**
     * A job whose reader stage fails ends FAILED with the reader's own error (not the stages' wrappers around it), its
     * cursor after the last chunk it wrote; the chunks the reader had read ahead are not written.
     */
    @Test
    void aJobWhoseReadingFailsEndsFailedWithTheReadersErrorAfterTheChunksItWrote() {
        long v1 = publish(1, 90);
        RerateJob job = jobFor(v1);
        assertThat(jobs.runWithReadsFailingFrom(job.jobId(), "owner-f", 7, 3)).isEqualTo("FAILED");
        RerateJob failed = engine.job(job.jobId()).orElseThrow();
        assertThat(failed.status()).isEqualTo(RerateJob.Status.FAILED);
        assertThat(failed.error()).isEqualTo("IllegalStateException: the population could not be read");
        assertThat(failed.subjectsDone()).as("two chunks read and written").isEqualTo(14);
        long rateable = jdbc.sql("SELECT COUNT(*) FROM subject WHERE kind = 'ORGANISATION'"
                        + " AND organisation_type IS NOT NULL AND subject_id <= :cursor")
                .param("cursor", failed.cursorSubjectId())
                .query(Long.class)
                .single();
        assertThat(versions().keySet())
                .as("ratings of the version for the subjects up to the cursor, none after it")
                .hasSize((int) rateable)
                .allSatisfy(subject -> assertThat(subject).isLessThanOrEqualTo(failed.cursorSubjectId()));
    }

    @Test
    void aNewVersionSupersedesAJobStillRunningForItsScheme() {
        long v1 = publish(1, 90);
        RerateJob first = jobFor(v1);
        long v2 = publish(2, 85);
        assertThat(engine.job(first.jobId()).orElseThrow().status()).isEqualTo(RerateJob.Status.SUPERSEDED);
        assertThat(jobs.runToEnd(first.jobId(), "owner-a", 7)).isEqualTo("LOST");
        assertThat(jobs.runToEnd(jobFor(v2).jobId(), "owner-a", 50)).isEqualTo("COMPLETED");
        assertThat(versions()).isNotEmpty().doesNotContainValue(1);
    }

    @Test
    void retiringTheOnlyVersionRemovesTheSchemesRatings() {
        long v1 = publish(1, 90);
        jobs.runToEnd(jobFor(v1).jobId(), "owner-a", 50);
        assertThat(versions()).isNotEmpty();
        standards.retire(v1, "officer");
        RerateJob removal = jobFor(0);
        assertThat(jobs.runToEnd(removal.jobId(), "owner-a", 50)).isEqualTo("COMPLETED");
        assertThat(versions()).isEmpty();
    }

    @Test
    void aVersionPublishedForALaterDateIsRatedWithWhenThatDayComes() {
        long v1 = publish(1, 90);
        jobs.runToEnd(jobFor(v1).jobId(), "owner-a", 50);
        java.time.LocalDate tomorrow =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1);
        long v2 = standards
                .publish(
                        standards
                                .draft(
                                        STANDARD.formatted(scheme, 2, 80)
                                                .replace("effectiveFrom: 2026-01-01", "effectiveFrom: " + tomorrow),
                                        "officer")
                                .standardId(),
                        "officer")
                .standardId();
        assertThat(engine.jobs(50)).noneMatch(j -> j.targets().getOrDefault(scheme, -1L) == v2);
        try {
            clock.set(tomorrow.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                    .toInstant()
                    .plusSeconds(60));
            assertThat(jobs.syncInForce()).isPositive();
            assertThat(jobs.runToEnd(jobFor(v2).jobId(), "owner-a", 50)).isEqualTo("COMPLETED");
            assertThat(versions()).isNotEmpty().doesNotContainValue(1);
        } finally {
            clock.reset();
        }
    }

    /**
     * A full re-rating changes grades without record events: the subjects whose grade crossed a list's grade rule are
     * queued in the job's chunks and the rule applied to them afterwards, both ways.
     */
    @Test
    void aFullReratingListsTheSubjectsItGradesIntoAGradeRuleAndEndsTheEntriesOfThoseGradedOut() {
        String list = aGradeList("rerate-red");
        long v1 = publish(1, 95); // clean: 95 (A); with a penalty: 85 (B)
        assertThat(jobs.runToEnd(jobFor(v1).jobId(), "owner-a", 7)).isEqualTo("COMPLETED");
        Map<Long, String> grades = grades();
        assertThat(grades).containsValues("A", "B");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> grades.forEach((subject, grade) -> assertThat(active(subject, list))
                        .as("subject %d graded %s", subject, grade)
                        .isEqualTo(grade.equals("A"))));

        long v2 = publish(2, 80); // clean: 80 (B): nobody is A any more
        assertThat(jobs.runToEnd(jobFor(v2).jobId(), "owner-a", 7)).isEqualTo("COMPLETED");
        assertThat(grades()).doesNotContainValue("A");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> grades.keySet()
                        .forEach(subject -> assertThat(active(subject, list))
                                .as("subject %d", subject)
                                .isFalse()));
        long ended = grades.entrySet().stream()
                .filter(e -> e.getValue().equals("A"))
                .flatMap(e -> lists.entriesOf(e.getKey()).stream())
                .filter(e -> e.listCode().equals(list) && e.status() == EntryStatus.EXPIRED)
                .count();
        assertThat(ended)
                .as("every entry of the first run ended")
                .isEqualTo(grades.values().stream().filter("A"::equals).count());
    }

    /**
     * The grade rules' backlog after a full re-rating is worked several sets of a hundred subjects at once: with some
     * hundreds graded into a list, each is on it exactly once.
     */
    @Test
    void hundredsGradedIntoAListAreListedOnceEach() {
        for (int i = 0; i < 250; i++) {
            fixtures.enterprise();
        }
        String list = aGradeList("rerate-many");
        long v1 = publish(1, 95); // clean: 95 (A)
        assertThat(jobs.runToEnd(jobFor(v1).jobId(), "owner-a", 50)).isEqualTo("COMPLETED");
        List<Long> graded = grades().entrySet().stream()
                .filter(e -> e.getValue().equals("A"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(graded).hasSizeGreaterThan(250);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> backlog.outstanding() == 0);
        assertThat(graded)
                .allSatisfy(subject -> assertThat(lists.entriesOf(subject).stream()
                                .filter(e -> e.listCode().equals(list))
                                .toList())
                        .as("subject %d", subject)
                        .singleElement()
                        .satisfies(e -> assertThat(e.status()).isEqualTo(EntryStatus.ACTIVE)));
    }

    /** A list with two grade rules takes a subject that holds either: the other rule does not end its entry. */
    @Test
    void aListWithTwoGradeRulesKeepsASubjectThatHoldsOneOfThem() {
        String other = scheme + "-b";
        String list = "rerate-two-" + System.nanoTime();
        lists.addVersion(
                """
                {
                  "code": "%s", "version": 1, "nameZh": "两项评级测试名单", "nameEn": "Two grade rules test list",
                  "kind": "RED", "managingAuthority": "fj-tax", "legalStandard": "测试", "inclusionRule": "任一A级列入",
                  "effectiveFrom": "2026-01-01", "subjectKinds": ["ORGANISATION"],
                  "rules": [ { "type": "grade", "scheme": "%s", "grades": ["A"] },
                             { "type": "grade", "scheme": "%s", "grades": ["A"] } ]
                }
                """.formatted(list, scheme, other),
                new Actor("test-officer", "fj-tax", Set.of(Role.CREDIT_OFFICER), null));
        long first = publish(1, 95); // clean enterprises: A
        long second = publish(other, 1, 80); // everyone: B or C
        assertThat(jobs.runToEnd(jobFor(first).jobId(), "owner-a", 7)).isEqualTo("COMPLETED");
        assertThat(jobs.runToEnd(jobFor(other, second).jobId(), "owner-a", 7)).isEqualTo("COMPLETED");
        Map<Long, String> grades = grades();
        assertThat(grades).containsValue("A");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> grades.forEach((subject, grade) -> assertThat(active(subject, list))
                        .as("subject %d graded %s", subject, grade)
                        .isEqualTo(grade.equals("A"))));
        assertThat(grades.entrySet().stream()
                        .filter(e -> e.getValue().equals("A"))
                        .flatMap(e -> lists.entriesOf(e.getKey()).stream())
                        .filter(e -> e.listCode().equals(list))
                        .toList())
                .as("one entry each, never ended by the rule the subject does not hold")
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(EntryStatus.ACTIVE));
    }

    /** A new red list (its code starting with the prefix) that takes the organisations graded A under the scheme. */
    private String aGradeList(String prefix) {
        String list = prefix + "-" + System.nanoTime();
        lists.addVersion(
                """
                {
                  "code": "%s", "version": 1, "nameZh": "重评测试红名单", "nameEn": "Re-rating test red list",
                  "kind": "RED", "managingAuthority": "fj-tax", "legalStandard": "测试", "inclusionRule": "A级列入",
                  "effectiveFrom": "2026-01-01", "subjectKinds": ["ORGANISATION"],
                  "rules": [ { "type": "grade", "scheme": "%s", "grades": ["A"] } ]
                }
                """.formatted(list, scheme), new Actor("test-officer", "fj-tax", Set.of(Role.CREDIT_OFFICER), null));
        return list;
    }

    private boolean active(long subjectId, String list) {
        return lists.entriesOf(subjectId).stream()
                .anyMatch(e -> e.listCode().equals(list) && e.status() == EntryStatus.ACTIVE);
    }

    private Map<Long, String> grades() {
        Map<Long, String> grades = new HashMap<>();
        jdbc.sql("SELECT subject_id, grade FROM rating WHERE scheme_code = :c")
                .param("c", scheme)
                .query(rs -> {
                    grades.put(rs.getLong(1), rs.getString(2));
                });
        return grades;
    }

    private Map<Long, OffsetDateTime> computedAt(String table, long cursor) {
        Map<Long, OffsetDateTime> computed = new HashMap<>();
        jdbc.sql("SELECT subject_id, computed_at FROM " + table + " WHERE scheme_code = :c AND subject_id <= :cursor")
                .param("c", scheme)
                .param("cursor", cursor)
                .query(rs -> {
                    computed.put(
                            rs.getLong(1), rs.getObject(2, OffsetDateTime.class).withNano(0));
                });
        return computed;
    }
}
