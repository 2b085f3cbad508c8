package org.credence.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.record.RecordStatus;
import org.credence.subject.LicenceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The factor arithmetic, table by table: decay, caps, direct assignments, grade thresholds at their edges. */
class EvaluatorTests {

    static final String STANDARD = """
            scheme: test
            version: 1
            title: { zh: 测试, en: Test }
            sector: TEST
            effectiveFrom: 2026-01-01
            scope: { subjectKind: ORGANISATION }
            score: { min: 0, max: 100, base: 80, negativeCap: 50, positiveCap: 10 }
            factors:
              - { code: pen, recordTypes: [administrative-penalty], severities: [GENERAL], points: -10, cap: 25,
                  decay: [ { months: 0, percent: 100 }, { months: 12, percent: 50 }, { months: 24, percent: 0 } ],
                  reason: PEN }
              - { code: pen-other, recordTypes: [administrative-penalty], points: -3.33, reason: PEN }
              - { code: coercion, recordTypes: [administrative-coercion], points: -20, reason: COE }
              - { code: honour, recordTypes: [integrity-honour], points: 4, cap: 6, reason: HON }
              - { code: award, recordTypes: [administrative-award], points: 7, reason: AWD }
              - { code: kept, recordTypes: [credit-commitment], phase: FULFILLED, points: 1.5, reason: KEPT }
            assignments:
              - { code: listed, when: { recordTypes: [serious-illegal-dishonesty] }, grade: D, reason: LISTED }
              - { code: new, when: { newSubject: { recordType: registration-basics, months: 12 } }, grade: M,
                  reason: NEW }
            grades:
              - { code: A, minScore: 80, label: { zh: 甲, en: A } }
              - { code: B, minScore: 60, label: { zh: 乙, en: B } }
              - { code: M, label: { zh: 新, en: New } }
              - { code: C, minScore: 30.5, label: { zh: 丙, en: C } }
              - { code: D, minScore: 0, label: { zh: 丁, en: D } }
            defaultReason: CLEAN
            reasons:
              PEN: { zh: 处罚, en: Penalties }
              COE: { zh: 强制, en: Coercion }
              HON: { zh: 荣誉, en: Honours }
              AWD: { zh: 表彰, en: Awards }
              KEPT: { zh: 守诺, en: Commitments kept }
              LISTED: { zh: 严重失信, en: Listed }
              NEW: { zh: 新设立, en: New }
              CLEAN: { zh: 无, en: Clean }
            """;

    static final StandardDocument DOCUMENT = TestStandards.parse(STANDARD);

    static Evaluation rate(LocalDate date, RecordFact... records) {
        return switch (Evaluator.evaluate(DOCUMENT, Facts.enterprise(), List.of(records), date)) {
            case Evaluator.Rated rated -> rated.evaluation();
            case Evaluator.NotRated not -> throw new AssertionError("not rated: " + not.code());
        };
    }

    @ParameterizedTest(name = "decided {0}, rated {1}: {2}")
    @CsvSource(textBlock = """
            2025-01-31, 2025-01-31, 7000
            2025-01-31, 2025-01-30, 8000
            2025-01-31, 2026-01-30, 7000
            2025-01-31, 2026-01-31, 7500
            2025-01-31, 2027-01-30, 7500
            2025-01-31, 2027-01-31, 8000
            2024-02-29, 2025-02-27, 7000
            2024-02-29, 2025-02-28, 7500
            """)
    void decaysByCalendarMonthsFromTheDecision(LocalDate decided, LocalDate date, long score) {
        assertThat(rate(date, Facts.penalty(Severity.GENERAL, decided.toString()))
                        .score())
                .isEqualTo(score);
    }

    @ParameterizedTest(name = "points {0} at {1}% = {2}")
    @CsvSource(textBlock = """
            -1000, 100, -1000
            -1000,  50,  -500
             -333,  50,  -167
              333,  50,   167
             -333,   0,     0
              150,  33,    50
              149,  33,    49
            """)
    void weighsHalfAwayFromZeroToTheHundredth(long points, int percent, long weighed) {
        assertThat(Points.weigh(points, percent)).isEqualTo(weighed);
    }

    @ParameterizedTest(name = "{0} general penalties and {1} coercions: {2}")
    @CsvSource(textBlock = """
            1, 0, 7000
            2, 0, 6000
            3, 0, 5500
            4, 0, 5500
            3, 1, 3500
            3, 2, 3000
            0, 3, 3000
            """)
    void capsEachFactorAndTheNegativeTotal(int penalties, int coercions, long score) {
        List<RecordFact> records = new java.util.ArrayList<>();
        for (int i = 0; i < penalties; i++) {
            records.add(Facts.penalty(Severity.GENERAL, "2026-06-01"));
        }
        for (int i = 0; i < coercions; i++) {
            records.add(Facts.negative("administrative-coercion", Severity.GENERAL, "2026-06-01", null, null));
        }
        assertThat(rate(LocalDate.of(2026, 7, 1), records.toArray(RecordFact[]::new))
                        .score())
                .isEqualTo(score);
    }

    @Test
    void capsAPositiveFactorThenThePositiveTotalAndNeverExceedsTheRange() {
        RecordFact h1 = Facts.other("integrity-honour", Polarity.POSITIVE, "2026-01-01", null);
        RecordFact h2 = Facts.other("integrity-honour", Polarity.POSITIVE, "2026-01-01", null);
        RecordFact award = Facts.other("administrative-award", Polarity.POSITIVE, "2026-01-01", null);
        LocalDate date = LocalDate.of(2026, 7, 1);
        assertThat(rate(date, h1, h2).score()).isEqualTo(8600);
        assertThat(rate(date, h1, h2, award).score()).isEqualTo(9000);
    }

    @ParameterizedTest(name = "score {0} is grade {1}")
    @CsvSource(textBlock = """
            10000, A
             8000, A
             7999, B
             6000, B
             5999, C
             3050, C
             3049, D
                0, D
            """)
    void gradesAtTheEdgesOfTheirThresholds(long score, String grade) {
        assertThat(Evaluator.gradeFor(DOCUMENT, score)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0} minor penalties: {1} {2}")
    @CsvSource(textBlock = """
            14, 3338, C
            15, 3005, D
            """)
    void theTwoDecimalMinimumSplitsScoresEndToEnd(int minors, long score, String grade) {
        RecordFact[] records = new RecordFact[minors];
        for (int i = 0; i < records.length; i++) {
            records[i] = Facts.penalty(Severity.MINOR, "2026-06-01");
        }
        Evaluation evaluation = rate(LocalDate.of(2026, 7, 1), records);
        assertThat(evaluation.score()).isEqualTo(score);
        assertThat(evaluation.grade()).isEqualTo(grade);
    }

    @Test
    void aSeriousDishonestyListingGivesTheLowestGradeWhateverTheScore() {
        RecordFact listing =
                Facts.negative("serious-illegal-dishonesty", Severity.SERIOUS, "2026-03-01", null, "2029-03-01");
        RecordFact honour = Facts.other("integrity-honour", Polarity.POSITIVE, "2026-01-01", null);
        Evaluation evaluation = rate(LocalDate.of(2026, 7, 1), listing, honour);
        assertThat(evaluation.score()).isEqualTo(8400);
        assertThat(evaluation.grade()).isEqualTo("D");
        assertThat(evaluation.assignment()).isEqualTo("listed");
        assertThat(evaluation.reasons().getFirst().code()).isEqualTo("LISTED");
        assertThat(evaluation.reasons().getFirst().recordIds()).containsExactly(listing.recordId());
    }

    @ParameterizedTest(name = "listing {0} on {1}: {2}")
    @CsvSource(textBlock = """
            ACTIVE,          2029-02-28, D
            ACTIVE,          2029-03-01, A
            UNDER_OBJECTION, 2026-07-01, A
            REPAIRED,        2026-07-01, A
            CORRECTED,       2026-07-01, D
            """)
    void anAssignmentHoldsOnlyWhileItsRecordCounts(RecordStatus status, LocalDate date, String grade) {
        RecordFact listing = Facts.negative(
                        "serious-illegal-dishonesty", Severity.SERIOUS, "2026-03-01", null, "2029-03-01")
                .withStatus(status);
        assertThat(rate(date, listing).grade()).isEqualTo(grade);
    }

    @ParameterizedTest(name = "established {0}, rated {1}: {2}")
    @CsvSource(textBlock = """
            2026-01-15, 2027-01-14, M
            2026-01-15, 2027-01-15, A
            2026-01-15, 2026-01-14, A
            """)
    void aNewSubjectIsGradedMForItsFirstMonths(LocalDate established, LocalDate date, String grade) {
        RecordFact registration = Facts.other("registration-basics", Polarity.NEUTRAL, established.toString(), null);
        assertThat(rate(date, registration).grade()).isEqualTo(grade);
    }

    @Test
    void theFirstAssignmentThatHoldsWins() {
        RecordFact registration = Facts.other("registration-basics", Polarity.NEUTRAL, "2026-05-01", null);
        RecordFact listing = Facts.negative("serious-illegal-dishonesty", Severity.SERIOUS, "2026-06-01", null, null);
        assertThat(rate(LocalDate.of(2026, 7, 1), registration, listing).grade())
                .isEqualTo("D");
    }

    @ParameterizedTest(name = "term ends {0}, rated {1}: {2}")
    @CsvSource(textBlock = """
            2026-06-30, 2026-06-30, 8000
            2026-06-30, 2026-07-01, 8150
            """)
    void aCommitmentCountsAsFulfilledOnlyAfterItsTerm(LocalDate end, LocalDate date, long score) {
        RecordFact commitment = Facts.other("credit-commitment", Polarity.NEUTRAL, "2026-01-01", end.toString());
        assertThat(rate(date, commitment).score()).isEqualTo(score);
    }

    @Test
    void aNegativeRecordStopsCountingOnTheDayItsPublicityEnds() {
        RecordFact penalty =
                Facts.negative("administrative-penalty", Severity.GENERAL, "2026-05-10", "2026-08-10", "2027-05-10");
        assertThat(rate(LocalDate.of(2027, 5, 9), penalty).score()).isEqualTo(7000);
        assertThat(rate(LocalDate.of(2027, 5, 10), penalty).score()).isEqualTo(8000);
    }

    @Test
    void reasonsComeByMagnitudeAtMostFourWithTheirRecordsAndSharedReasonsAddUp() {
        RecordFact general = Facts.penalty(Severity.GENERAL, "2026-06-01");
        RecordFact minor = Facts.penalty(Severity.MINOR, "2026-06-01");
        RecordFact coercion = Facts.negative("administrative-coercion", Severity.GENERAL, "2026-06-01", null, null);
        RecordFact honour = Facts.other("integrity-honour", Polarity.POSITIVE, "2026-01-01", null);
        RecordFact award = Facts.other("administrative-award", Polarity.POSITIVE, "2026-01-01", null);
        RecordFact kept = Facts.other("credit-commitment", Polarity.NEUTRAL, "2025-01-01", "2026-01-01");
        Evaluation evaluation = rate(LocalDate.of(2026, 7, 1), general, minor, coercion, honour, award, kept);
        assertThat(evaluation.reasons())
                .extracting(Evaluation.ReasonLine::code, Evaluation.ReasonLine::points)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("COE", -2000L),
                        org.assertj.core.groups.Tuple.tuple("PEN", -1333L),
                        org.assertj.core.groups.Tuple.tuple("AWD", 700L),
                        org.assertj.core.groups.Tuple.tuple("HON", 400L));
        assertThat(evaluation.reasons().get(1).recordIds()).containsExactly(general.recordId(), minor.recordId());
    }

    /** Each record goes to the first factor, in document order, that takes its type and severity (or any severity). */
    @ParameterizedTest(name = "{0} of severity {1}: {2}")
    @CsvSource(textBlock = """
            administrative-penalty,  GENERAL, pen
            administrative-penalty,  MINOR,   pen-other
            administrative-penalty,  SERIOUS, pen-other
            administrative-penalty,  ,        pen-other
            administrative-coercion, SERIOUS, coercion
            administrative-coercion, ,        coercion
            integrity-honour,        ,        honour
            court-judgment-default,  SERIOUS,
            """)
    void eachRecordCountsForTheFirstFactorThatTakesItsTypeAndSeverity(
            String recordType, Severity severity, String factor) {
        StandardDocument.Factor found = DOCUMENT.factorFor(recordType, severity);
        assertThat(found == null ? null : found.code()).isEqualTo(factor);
    }

    @Test
    void aCleanSubjectGetsTheDefaultReason() {
        Evaluation evaluation = rate(LocalDate.of(2026, 7, 1));
        assertThat(evaluation.grade()).isEqualTo("A");
        assertThat(evaluation.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("CLEAN");
            assertThat(r.recordIds()).isEmpty();
        });
    }

    @Test
    void storesTheNextDateOnWhichTheResultMayChange() {
        RecordFact penalty =
                Facts.negative("administrative-penalty", Severity.GENERAL, "2026-05-10", "2026-08-10", "2027-05-10");
        assertThat(rate(LocalDate.of(2026, 7, 1), penalty).validUntil()).isEqualTo(LocalDate.of(2027, 5, 10));
        assertThat(rate(LocalDate.of(2027, 5, 10), penalty).validUntil()).isEqualTo(LocalDate.of(2028, 5, 10));
        assertThat(rate(LocalDate.of(2026, 7, 1)).validUntil()).isNull();
    }

    @Test
    void neverRatesAPersonOutsideTheStandardsProfessions() {
        StandardDocument professional =
                TestStandards.parse(TestStandards.resource("rating/standards/professional-credit-v1.yaml"));
        LocalDate date = LocalDate.of(2026, 7, 1);
        assertThat(Evaluator.evaluate(professional, Facts.person(), List.of(), date))
                .isEqualTo(new Evaluator.NotRated("no-profession"));
        assertThat(Evaluator.evaluate(
                        professional,
                        Facts.person(Facts.licence("LAWYER", LicenceStatus.SUSPENDED, null)),
                        List.of(),
                        date))
                .isEqualTo(new Evaluator.NotRated("no-profession"));
        assertThat(Evaluator.evaluate(
                        professional,
                        Facts.person(Facts.licence("LAWYER", LicenceStatus.ACTIVE, LocalDate.of(2026, 6, 30))),
                        List.of(),
                        date))
                .isEqualTo(new Evaluator.NotRated("no-profession"));
        assertThat(Evaluator.evaluate(
                        professional,
                        Facts.person(Facts.licence("LAWYER", LicenceStatus.ACTIVE, null)),
                        List.of(),
                        date))
                .isInstanceOfSatisfying(
                        Evaluator.Rated.class,
                        rated -> assertThat(rated.evaluation().professions()).containsExactly("LAWYER"));
        assertThat(Evaluator.evaluate(
                        DOCUMENT, Facts.person(Facts.licence("LAWYER", LicenceStatus.ACTIVE, null)), List.of(), date))
                .isEqualTo(new Evaluator.NotRated("other-subject-kind"));
    }

    @Test
    void theSameInputsGiveTheSameResult() {
        RecordFact penalty = Facts.penalty(Severity.GENERAL, "2026-06-01");
        RecordFact honour = Facts.other("integrity-honour", Polarity.POSITIVE, "2026-01-01", null);
        LocalDate date = LocalDate.of(2026, 9, 1);
        assertThat(rate(date, penalty, honour)).isEqualTo(rate(date, penalty, honour));
        assertThat(rate(date, honour, penalty)).isEqualTo(rate(date, penalty, honour));
    }
}
