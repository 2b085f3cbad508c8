package org.credence.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Severity;
import org.credence.record.RecordStatus;
import org.credence.record.RecordStore;
import org.credence.record.StatusChange;
import org.credence.subject.SubjectRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Replays: ratings computed months ago (the clock moved back), through filings, a correction, a repair and a new
 * standard version, come back identical when their moments are replayed from the record history today.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RatingTestConfiguration.class)
class RatingReplayIntegrationTests {

    static final String STANDARD = """
            scheme: %s
            version: %d
            title: { zh: 回放测试, en: Replay test }
            sector: TEST
            effectiveFrom: 2026-01-01
            scope: { subjectKind: ORGANISATION }
            score: { min: 0, max: 100, base: 90 }
            factors:
              - { code: general, recordTypes: [administrative-penalty], severities: [GENERAL], points: %d,
                  decay: [ { months: 0, percent: 100 }, { months: 1, percent: 50 } ], reason: PENALTY }
              - { code: serious, recordTypes: [administrative-penalty], severities: [SERIOUS], points: -30,
                  reason: PENALTY }
              - { code: coercion, recordTypes: [administrative-coercion], points: -8, reason: COERCION }
            grades:
              - { code: A, minScore: 90, label: { zh: 甲, en: A } }
              - { code: B, minScore: 75, label: { zh: 乙, en: B } }
              - { code: C, minScore: 50, label: { zh: 丙, en: C } }
              - { code: D, minScore: 0, label: { zh: 丁, en: D } }
            defaultReason: CLEAN
            reasons:
              PENALTY: { zh: 处罚, en: Penalties }
              COERCION: { zh: 强制, en: Coercion }
              CLEAN: { zh: 无, en: Clean }
            """;

    @Autowired
    RatingEngine engine;

    @Autowired
    EvaluationStandards standards;

    @Autowired
    RecordStore records;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    Catalogue catalogue;

    @Autowired
    MutableClock clock;

    @Autowired
    org.credence.rating.internal.RerateTestAccess access;

    RatingFixtures fixtures;
    String scheme;

    @BeforeEach
    void fixtures() {
        fixtures = new RatingFixtures(subjects, records, catalogue);
        scheme = "replay-test-" + System.nanoTime();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Optional<Rating> rating(long subjectId) {
        return engine.ratingsOf(subjectId).stream()
                .filter(r -> r.scheme().equals(scheme))
                .findFirst();
    }

    Rating awaitScore(long subjectId, String score) {
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> rating(subjectId).orElse(null),
                        r -> r != null && r.score().compareTo(new java.math.BigDecimal(score)) == 0);
    }

    void publish(int version, int generalPoints) {
        long id = standards
                .draft(STANDARD.formatted(scheme, version, generalPoints), "officer")
                .standardId();
        standards.publish(id, "officer");
    }

    /** What a replay must reproduce: everything but the counterfactuals (which look ahead from the day of asking). */
    static Object essence(Rating r) {
        return List.of(
                r.scheme(),
                r.standardId(),
                r.standardVersion(),
                r.score().stripTrailingZeros(),
                r.grade(),
                String.valueOf(r.assignment()),
                r.asOf(),
                String.valueOf(r.validUntil()),
                r.computedAt().toInstant(),
                r.reasons().stream()
                        .map(x -> List.of(
                                x.code(),
                                String.valueOf(
                                        x.points() == null ? null : x.points().stripTrailingZeros()),
                                x.recordIds()))
                        .toList());
    }

    Rating replayed(long subjectId, Instant at) {
        return engine.replay(subjectId, at).stream()
                .filter(r -> r.scheme().equals(scheme))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void replaysEveryPastRatingFromTheRecordHistoryAndTheVersionThenInForce() {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        publish(1, -10);
        long subject = fixtures.enterprise();
        String reference = "RT-REPLAY-" + System.nanoTime();
        long penalty = fixtures.file(
                subject, "administrative-penalty", Severity.GENERAL, LocalDate.of(2026, 5, 20), null, reference);
        Rating first = awaitScore(subject, "80");

        clock.advance(Duration.ofDays(1));
        fixtures.file(subject, "administrative-coercion", Severity.GENERAL, LocalDate.of(2026, 6, 2));
        Rating second = awaitScore(subject, "72");

        clock.advance(Duration.ofDays(1));
        fixtures.file(subject, "administrative-penalty", Severity.SERIOUS, LocalDate.of(2026, 5, 20), null, reference);
        Rating third = awaitScore(subject, "52");

        clock.advance(Duration.ofDays(1));
        records.changeStatus(new StatusChange(penalty, RecordStatus.REPAIRED, "officer", "repaired"));
        Rating fourth = awaitScore(subject, "82");

        clock.advance(Duration.ofDays(40));
        publish(2, -20);
        fixtures.file(subject, "administrative-coercion", Severity.SERIOUS, LocalDate.of(2026, 7, 10));
        Rating fifth = awaitScore(subject, "74");
        assertThat(fifth.standardVersion()).isEqualTo(2);

        clock.reset();
        for (Rating past : List.of(first, second, third, fourth, fifth)) {
            assertThat(essence(replayed(subject, past.computedAt().toInstant())))
                    .as("replay of %s", past.computedAt())
                    .isEqualTo(essence(past));
        }
        assertThat(first.grade()).isEqualTo("B");
        assertThat(third.grade()).isEqualTo("C");
        assertThat(fourth.standardVersion()).isEqualTo(1);
    }

    @Test
    void replaysTheEndOfADateAndNothingBeforeTheStandardWasPublished() {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        publish(1, -10);
        long subject = fixtures.enterprise();
        fixtures.file(subject, "administrative-penalty", Severity.GENERAL, LocalDate.of(2026, 5, 20));
        Rating first = awaitScore(subject, "80");
        clock.advance(Duration.ofDays(1));
        fixtures.file(subject, "administrative-coercion", Severity.GENERAL, LocalDate.of(2026, 6, 2));
        awaitScore(subject, "72");
        clock.reset();

        List<Rating> endOfJuneFirst = engine.replay(subject, LocalDate.of(2026, 6, 1)).stream()
                .filter(r -> r.scheme().equals(scheme))
                .toList();
        assertThat(endOfJuneFirst).singleElement().satisfies(r -> {
            assertThat(r.score()).isEqualByComparingTo(first.score());
            assertThat(r.reasons()).isEqualTo(first.reasons());
        });
        assertThat(engine.replay(subject, LocalDate.of(2026, 5, 31)))
                .noneMatch(r -> r.scheme().equals(scheme));
        assertThat(replayed(subject, Instant.parse("2026-06-19T15:59:00Z")).score())
                .as("the last minute of 19 June in Shanghai: the penalty still weighs fully")
                .isEqualByComparingTo("72");
        assertThat(replayed(subject, Instant.parse("2026-06-19T16:00:00Z")).score())
                .as("20 June in Shanghai: a month after its decision the penalty weighs half")
                .isEqualByComparingTo("77");
    }

    @Test
    void theNightlySweepRecomputesRatingsThatTimeAloneHasChanged() {
        clock.set(Instant.parse("2026-06-01T02:00:00Z"));
        publish(1, -10);
        long subject = fixtures.enterprise();
        fixtures.file(subject, "administrative-penalty", Severity.GENERAL, LocalDate.of(2026, 5, 20));
        Rating rated = awaitScore(subject, "80");
        assertThat(rated.validUntil()).isEqualTo(LocalDate.of(2026, 6, 20));

        clock.set(Instant.parse("2026-06-25T02:00:00Z"));
        assertThat(access.sweep()).isPositive();
        Rating swept = rating(subject).orElseThrow();
        assertThat(swept.score())
                .as("the penalty weighs half a month after its decision")
                .isEqualByComparingTo("85");
        assertThat(swept.asOf()).isEqualTo(LocalDate.of(2026, 6, 25));
    }
}
