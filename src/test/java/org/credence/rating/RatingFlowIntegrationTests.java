package org.credence.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Severity;
import org.credence.record.RecordStatus;
import org.credence.record.RecordStore;
import org.credence.record.StatusChange;
import org.credence.subject.SubjectRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** From a record filed, corrected or repaired through the record facade to the changed grade, within seconds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RatingTestConfiguration.class)
class RatingFlowIntegrationTests {

    static final String MARKET = "market-supervision-risk";
    static final String TAX = "tax-credit";
    static final String PROFESSIONAL = "professional-credit";

    @Autowired
    RatingEngine engine;

    @Autowired
    RecordStore records;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    Catalogue catalogue;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    RatingFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void fixtures() {
        fixtures = new RatingFixtures(subjects, records, catalogue);
        today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    Optional<Rating> rating(long subjectId, String scheme) {
        return engine.ratingsOf(subjectId).stream()
                .filter(r -> r.scheme().equals(scheme))
                .findFirst();
    }

    Rating awaitGrade(long subjectId, String scheme, String grade) {
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> rating(subjectId, scheme).orElse(null),
                        r -> r != null && r.grade().equals(grade));
    }

    /**
     * The credit check's read of grades (one statement for grades and facts): a professional whose rating is missing
     * is rated on the spot, a person without a licence stays unrated, an organisation gets what is stored, and an
     * unknown subject is not found.
     */
    @Test
    void theChecksReadOfGradesRatesWhatIsMissingAndNothingElse() {
        long lawyer = fixtures.professional("LAWYER", "350102");
        long plain = fixtures.person("350102");
        long company = fixtures.enterprise();
        Rating professional = await().atMost(Duration.ofSeconds(20))
                .until(() -> rating(lawyer, PROFESSIONAL).orElse(null), java.util.Objects::nonNull);
        jdbc.sql("DELETE FROM rating WHERE subject_id = :s").param("s", lawyer).update();

        assertThat(engine.gradesOf(lawyer))
                .extracting(CurrentGrade::scheme, CurrentGrade::grade)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PROFESSIONAL, professional.grade()));
        assertThat(rating(lawyer, PROFESSIONAL)).as("stored again").isPresent();
        // a second licence: the one statement gives a row per licence and rating, the grades come once each
        subjects.addRegistration(new org.credence.subject.NewRegistration(
                lawyer,
                "TAX_ADVISER",
                "L" + java.util.UUID.randomUUID().toString().substring(0, 18),
                "国家税务总局",
                LocalDate.of(2021, 1, 1),
                null,
                org.credence.subject.LicenceStatus.ACTIVE));
        assertThat(engine.gradesOf(lawyer)).extracting(CurrentGrade::scheme).containsExactly(PROFESSIONAL);
        assertThat(engine.gradesOf(plain)).isEmpty();
        assertThat(engine.ratingsOf(plain))
                .as("nothing rated for the person without a licence")
                .isEmpty();
        assertThat(engine.gradesOf(company))
                .isNotEmpty()
                .extracting(CurrentGrade::scheme, CurrentGrade::grade)
                .containsExactlyElementsOf(engine.ratingsOf(company).stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.scheme(), r.grade()))
                        .toList());
        assertThatThrownBy(() -> engine.gradesOf(Long.MAX_VALUE - 1))
                .isInstanceOf(org.credence.shared.ApiException.class)
                .hasMessageContaining("no subject");
    }

    @Test
    void aFiledPenaltyLowersTheGradeWithinSecondsAndSaysWhatWouldRaiseItAgain() {
        long subject = fixtures.enterprise();
        Rating clean = rating(subject, MARKET).orElseThrow();
        assertThat(clean.grade()).isEqualTo("A");
        assertThat(clean.score()).isEqualByComparingTo("90");
        assertThat(clean.reasons()).extracting(RatingReason::code).containsExactly("NO_ADVERSE_RECORDS");

        LocalDate decided = today.minusDays(10);
        long penalty = fixtures.file(subject, "administrative-penalty", Severity.GENERAL, decided);
        Rating rated = awaitGrade(subject, MARKET, "B");

        assertThat(rated.score()).isEqualByComparingTo("80");
        assertThat(rated.standardVersion()).isEqualTo(1);
        assertThat(rated.reasons().getFirst().code()).isEqualTo("PENALTY");
        assertThat(rated.reasons().getFirst().points()).isEqualByComparingTo("-10");
        assertThat(rated.reasons().getFirst().recordIds()).containsExactly(penalty);
        assertThat(rated.counterfactuals()).first().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("TIME");
            assertThat(c.grade()).isEqualTo("A");
            assertThat(c.on()).isEqualTo(decided.plusMonths(12));
            assertThat(c.event()).isEqualTo("PUBLICITY_ENDS");
            assertThat(c.recordIds()).containsExactly(penalty);
            assertThat(c.text().en())
                    .contains("or is repaired")
                    .contains(decided.plusMonths(3).toString());
        });
        assertThat(rated.counterfactuals())
                .anySatisfy(c -> assertThat(c.kind() + " " + c.grade()).isEqualTo("REPAIR A"));
    }

    /**
     * A bulk batch's chunk publishes one event; its subjects are rated together (a few queries for the lot), and each
     * rating is exactly what rating the subject on its own gives.
     */
    @Test
    void aBulkChunkRatesEachOfItsSubjectsAsTheSinglePathWould() {
        long twice = fixtures.enterprise();
        long once = fixtures.enterprise();
        long serious = fixtures.enterprise();
        LocalDate decided = today.minusDays(5);
        fixtures.fileChunk(
                System.nanoTime() % 1_000_000_000L,
                List.of(twice, twice, once),
                "administrative-penalty",
                Severity.GENERAL,
                decided);
        fixtures.fileChunk(
                System.nanoTime() % 1_000_000_000L,
                List.of(serious),
                "serious-illegal-dishonesty",
                Severity.SERIOUS,
                decided);

        for (long subject : List.of(twice, once, serious)) {
            Rating bulk = await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(100))
                    .until(
                            () -> rating(subject, MARKET).orElse(null),
                            r -> r != null && !r.grade().equals("A"));
            Rating single = engine.rate(subject).stream()
                    .filter(r -> r.scheme().equals(MARKET))
                    .findFirst()
                    .orElseThrow();
            assertThat(bulk.grade()).isEqualTo(single.grade());
            assertThat(bulk.score()).isEqualByComparingTo(single.score());
            assertThat(bulk.reasons()).isEqualTo(single.reasons());
        }
        assertThat(rating(twice, MARKET).orElseThrow().reasons().getFirst().recordIds())
                .hasSize(2);
        assertThat(rating(serious, MARKET).orElseThrow().grade()).isEqualTo("D");
        assertThat(rating(twice, MARKET).orElseThrow().score())
                .isLessThan(rating(once, MARKET).orElseThrow().score());
    }

    @Test
    void aSeriousDishonestyListingGivesTheLowestGradeUntilItIsRepaired() {
        long subject = fixtures.enterprise();
        long listing = fixtures.file(subject, "serious-illegal-dishonesty", Severity.SERIOUS, today.minusDays(1));
        Rating listed = awaitGrade(subject, MARKET, "D");
        assertThat(listed.assignment()).isEqualTo("serious-dishonesty");
        assertThat(listed.score()).isEqualByComparingTo("90");
        assertThat(listed.reasons().getFirst().code()).isEqualTo("SERIOUS_DISHONESTY");
        assertThat(listed.reasons().getFirst().recordIds()).containsExactly(listing);
        assertThat(rating(subject, TAX).orElseThrow().grade()).isEqualTo("D");

        records.changeStatus(new StatusChange(listing, RecordStatus.REPAIRED, "officer", "credit repaired"));
        Rating repaired = awaitGrade(subject, MARKET, "A");
        assertThat(repaired.assignment()).isNull();
    }

    @Test
    void aNewlyEstablishedOrganisationIsGradedMUnderTheTaxScheme() {
        long subject = fixtures.enterprise();
        fixtures.file(subject, "registration-basics", null, today.minusMonths(2));
        Rating tax = awaitGrade(subject, TAX, "M");
        assertThat(tax.reasons().getFirst().code()).isEqualTo("NEW_ORGANISATION");
        assertThat(tax.counterfactuals()).first().satisfies(c -> {
            assertThat(c.grade()).isEqualTo("A");
            assertThat(c.on()).isEqualTo(today.minusMonths(2).plusMonths(12));
            assertThat(c.event()).isEqualTo("NEW_PERIOD_ENDS");
        });
        assertThat(rating(subject, MARKET).orElseThrow().grade()).isEqualTo("A");
    }

    @Test
    void noSchemeRatesAPersonOutsideAProfession() {
        long person = fixtures.person(null);
        fixtures.file(person, "administrative-penalty", Severity.SERIOUS, today.minusDays(3));
        assertThat(engine.rate(person)).isEmpty();
        assertThat(engine.ratingsOf(person)).isEmpty();

        long lawyer = fixtures.professional("LAWYER", null);
        Rating professional = rating(lawyer, PROFESSIONAL).orElseThrow();
        assertThat(professional.grade()).isEqualTo("B");
        assertThat(engine.ratingsOf(lawyer)).extracting(Rating::scheme).containsExactly(PROFESSIONAL);
        fixtures.file(lawyer, "qualification-obtained", null, today.minusDays(3));
        assertThat(awaitGrade(lawyer, PROFESSIONAL, "A").score()).isEqualByComparingTo(new BigDecimal("105"));
    }

    @Test
    void aCorrectionThatRaisesTheSeverityLowersTheGradeAgain() {
        long subject = fixtures.enterprise();
        String reference = "RT-CORR-" + System.nanoTime();
        fixtures.file(subject, "administrative-penalty", Severity.GENERAL, today.minusDays(5), null, reference);
        awaitGrade(subject, MARKET, "B");
        fixtures.file(subject, "administrative-penalty", Severity.SERIOUS, today.minusDays(5), null, reference);
        Rating corrected = awaitGrade(subject, MARKET, "C");
        assertThat(corrected.score()).isEqualByComparingTo("65");
        assertThat(List.of(corrected.reasons().getFirst().code())).containsExactly("PENALTY");
    }
}
