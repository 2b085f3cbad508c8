package org.credence.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.credence.access.AccessAdministration;
import org.credence.access.Role;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Severity;
import org.credence.record.RecordStore;
import org.credence.subject.SubjectRegistry;
import org.credence.support.TestAccounts;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rating API over real HTTP: public standards, the officer's lifecycle and simulation, ratings and rankings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RatingTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingApiIntegrationTests {

    private static final AtomicInteger VERSIONS = new AtomicInteger(100);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AccessAdministration administration;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    RecordStore records;

    @Autowired
    Catalogue catalogue;

    @Autowired
    RatingEngine engine;

    TestAccounts accounts;
    RatingFixtures fixtures;

    @BeforeAll
    void accounts() {
        accounts = new TestAccounts(administration, subjects, "RATING-API-TEST");
        fixtures = new RatingFixtures(subjects, records, catalogue);
    }

    record Response(int status, JsonNode json) {}

    Response call(RestClient client, HttpMethod method, String uri, MediaType type, String body) {
        var request = client.method(method).uri(uri);
        if (!body.isEmpty()) {
            request = request.contentType(type).body(body.getBytes(StandardCharsets.UTF_8));
        }
        return request.exchange((req, res) -> {
            String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
            return new Response(res.getStatusCode().value(), text.isBlank() ? JSON.missingNode() : JSON.readTree(text));
        });
    }

    Response officer(HttpMethod method, String uri, String yaml) {
        return call(
                accounts.client(port, Role.CREDIT_OFFICER),
                method,
                uri,
                MediaType.parseMediaType("application/yaml"),
                yaml);
    }

    Response get(Role role, String uri) {
        RestClient client = role == null ? TestAccounts.anonymous(port) : accounts.client(port, role);
        return call(client, HttpMethod.GET, uri, MediaType.APPLICATION_JSON, "");
    }

    static String marketDraft(int version, int base) {
        return TestStandardsText.MARKET
                .replace("version: 1", "version: " + version)
                .replace("base: 90", "base: " + base);
    }

    @Test
    void publishedStandardsArePublicWithTheirDocuments() {
        Response list = get(null, "/api/v1/standards");
        assertThat(list.status()).isEqualTo(200);
        List<String> schemes = new ArrayList<>();
        list.json().forEach(s -> {
            schemes.add(s.path("scheme").asString());
            assertThat(s.path("status").asString()).isIn("PUBLISHED", "RETIRED");
            assertThat(s.path("documentHash").asString()).hasSize(64);
        });
        assertThat(schemes).contains("market-supervision-risk", "tax-credit", "professional-credit");
        JsonNode market = list.json()
                .valueStream()
                .filter(s -> s.path("scheme").asString().equals("market-supervision-risk")
                        && s.path("version").asInt() == 1)
                .findFirst()
                .orElseThrow();
        assertThat(market.path("document").asString()).contains("scheme: market-supervision-risk");
        assertThat(market.path("inForce").asBoolean()).isTrue();
        assertThat(get(null, "/api/v1/standards/" + market.path("standardId").asLong())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDraftIsRefusedWithThePathOfEveryProblem() {
        String broken = marketDraft(VERSIONS.incrementAndGet(), 90)
                .replace("points: -3, cap: 9", "pionts: -3, cap: 9")
                .replace("minScore: 75", "minScore: 95");
        Response refused = officer(HttpMethod.POST, "/api/v1/standards", broken);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("code").asString()).isEqualTo("standard-invalid");
        List<String> fields = new ArrayList<>();
        refused.json()
                .path("fields")
                .forEach(f -> fields.add(
                        f.path("field").asString() + " " + f.path("code").asString()));
        assertThat(fields).contains("factors[0].pionts unknown-field", "factors[0].points required");

        String personWithoutProfession = marketDraft(VERSIONS.incrementAndGet(), 90)
                .replace("scheme: market-supervision-risk", "scheme: persons-at-large")
                .replace("subjectKind: ORGANISATION", "subjectKind: PERSON")
                .replace("  organisationTypes: [ENTERPRISE, INDIVIDUAL_BUSINESS, COOPERATIVE]\n", "");
        Response person = officer(HttpMethod.POST, "/api/v1/standards", personWithoutProfession);
        assertThat(person.status()).isEqualTo(400);
        assertThat(person.json().path("fields").get(0).path("code").asString()).isEqualTo("person-outside-profession");
    }

    @Test
    void simulatingADraftShowsWhoMovesAndChangesNoRating() {
        long subject = fixtures.enterprise();
        Rating before = engine.ratingsOf(subject).stream()
                .filter(r -> r.scheme().equals("market-supervision-risk"))
                .findFirst()
                .orElseThrow();
        assertThat(before.grade()).isEqualTo("A");

        Response draft = officer(HttpMethod.POST, "/api/v1/standards", marketDraft(VERSIONS.incrementAndGet(), 80));
        assertThat(draft.status()).isEqualTo(201);
        long id = draft.json().path("standardId").asLong();
        Response simulated = officer(HttpMethod.POST, "/api/v1/standards/" + id + "/simulate?samples=2", "");
        assertThat(simulated.status()).isEqualTo(200);
        long inScope = simulated.json().path("subjectsInScope").asLong();
        long sum = simulated
                .json()
                .path("transitions")
                .valueStream()
                .mapToLong(t -> t.path("subjects").asLong())
                .sum();
        assertThat(sum).isEqualTo(inScope).isPositive();
        assertThat(simulated
                        .json()
                        .path("transitions")
                        .valueStream()
                        .filter(t -> t.path("from").asString().equals("A")
                                && t.path("to").asString().equals("B"))
                        .mapToLong(t -> t.path("subjects").asLong())
                        .sum())
                .isPositive();
        assertThat(simulated
                        .json()
                        .path("samples")
                        .valueStream()
                        .filter(s -> s.path("from").asString().equals("A")
                                && s.path("to").asString().equals("B")))
                .hasSizeBetween(1, 2)
                .allSatisfy(s -> assertThat(s.path("reasons").size()).isPositive());
        Rating after = engine.ratingsOf(subject).stream()
                .filter(r -> r.scheme().equals("market-supervision-risk"))
                .findFirst()
                .orElseThrow();
        assertThat(after).as("a simulation changes no rating").isEqualTo(before);
    }

    @Test
    void anOfficerDraftsPublishesAndRetiresAVersionThatNeverChangesOncePublished() {
        String scheme = "lifecycle-test-" + System.nanoTime();
        String document = marketDraft(1, 85).replace("scheme: market-supervision-risk", "scheme: " + scheme);
        Response draft = officer(HttpMethod.POST, "/api/v1/standards", document);
        assertThat(draft.status()).isEqualTo(201);
        long id = draft.json().path("standardId").asLong();
        assertThat(draft.json().path("status").asString()).isEqualTo("DRAFT");
        assertThat(get(null, "/api/v1/standards/" + id).status())
                .as("drafts are not public")
                .isEqualTo(404);
        assertThat(get(Role.CREDIT_OFFICER, "/api/v1/standards/drafts")
                        .json()
                        .valueStream()
                        .map(s -> s.path("standardId").asLong()))
                .contains(id);

        Response published = officer(HttpMethod.POST, "/api/v1/standards/" + id + "/publish", "");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json().path("inForce").asBoolean()).isTrue();
        assertThat(get(null, "/api/v1/standards/" + id).json().path("document").asString())
                .as("kept exactly as posted, Chinese included")
                .isEqualTo(document);
        assertThat(officer(HttpMethod.POST, "/api/v1/standards/" + id + "/publish", "")
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("not-a-draft");
        assertThat(officer(HttpMethod.POST, "/api/v1/standards", document.replace("base: 85", "base: 70"))
                        .json()
                        .path("code")
                        .asString())
                .as("a published version never changes: a new version is a new document")
                .isEqualTo("version-not-newer");
        assertThat(get(Role.CREDIT_OFFICER, "/api/v1/rating-jobs")
                        .json()
                        .valueStream()
                        .anyMatch(
                                j -> j.path("job").path("targets").path(scheme).asLong() == id))
                .as("publishing starts a full re-rating with the new version")
                .isTrue();

        Response retired = officer(HttpMethod.POST, "/api/v1/standards/" + id + "/retire", "");
        assertThat(retired.json().path("status").asString()).isEqualTo("RETIRED");
        assertThat(retired.json().path("inForce").asBoolean()).isFalse();
        assertThat(officer(HttpMethod.POST, "/api/v1/standards/" + id + "/retire", "")
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("not-published");
    }

    @Test
    void ratingsAreReadUnderAPurposeAndASubjectReadsOnlyItsOwn() {
        var code = TestIdentifiers.organisation();
        long subject = subjects.register(new org.credence.subject.NewSubject(code, "福州接口评级公司", null, null))
                .subjectId();
        long penalty = fixtures.file(
                subject,
                "administrative-penalty",
                Severity.GENERAL,
                LocalDate.now().minusDays(3));
        engine.rate(subject);
        Response ratings = get(Role.APPROVER, "/api/v1/subjects/" + code.value() + "/ratings");
        assertThat(ratings.status()).isEqualTo(200);
        assertThat(ratings.json().path("maskedIdentifier").asString()).isEqualTo(code.masked());
        JsonNode market = ratings.json()
                .path("ratings")
                .valueStream()
                .filter(r -> r.path("scheme").asString().equals("market-supervision-risk"))
                .findFirst()
                .orElseThrow();
        assertThat(market.path("grade").asString()).isEqualTo("B");
        assertThat(market.path("reasons").get(0).path("recordIds").get(0).asLong())
                .isEqualTo(penalty);
        assertThat(market.path("reasons").get(0).path("text").path("zh").asString())
                .isEqualTo("受到行政处罚");
        assertThat(market.path("counterfactuals").get(0).path("text").path("en").asString())
                .startsWith("The grade becomes A");

        assertThat(get(Role.APPROVER, "/api/v1/subjects/" + code.value() + "/ratings?asOf=2025-01-01")
                        .json()
                        .path("ratings")
                        .size())
                .as("no standard was in force then")
                .isZero();
        assertThat(get(Role.SUBJECT, "/api/v1/subjects/" + code.value() + "/ratings")
                        .json()
                        .path("code")
                        .asString())
                .isEqualTo("not-own-file");
        assertThat(get(Role.SUBJECT, "/api/v1/subjects/" + accounts.subjectIdentifier() + "/ratings")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void ranksProfessionalsWithinTheirProfessionAndRegion() {
        String region = "9"
                + String.format(
                        java.util.Locale.ROOT,
                        "%05d",
                        ThreadLocalRandom.current().nextInt(100_000));
        long plain = fixtures.professional("LAWYER", region);
        long qualified = fixtures.professional("LAWYER", region);
        long sanctioned = fixtures.professional("LAWYER", region);
        LocalDate recent = LocalDate.now().minusDays(5);
        fixtures.file(qualified, "qualification-obtained", null, recent);
        fixtures.file(sanctioned, "professional-misconduct-finding", Severity.GENERAL, recent);
        List.of(plain, qualified, sanctioned).forEach(engine::rate);

        Response ranking = get(Role.CREDIT_OFFICER, "/api/v1/rankings?profession=LAWYER&region=" + region);
        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ranking.json()
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("subjectId").asLong()))
                .containsExactly(qualified, plain, sanctioned);
        assertThat(ranking.json()
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("percentile").asDouble()))
                .containsExactly(100.0, 66.67, 33.33);
        Rating rating = engine.ratingsOf(plain).getFirst();
        assertThat(rating.ranks()).first().satisfies(rank -> {
            assertThat(rank.profession()).isEqualTo("LAWYER");
            assertThat(rank.regionCode()).isEqualTo(region.substring(0, 4) + "00");
            assertThat(rank.rank()).isEqualTo(2);
            assertThat(rank.of()).isEqualTo(3);
        });
    }

    @Test
    void showsAnAssociationOfficerOnlyItsMembersInARankingRankedAmongAllPeers() {
        String region = "9"
                + String.format(
                        java.util.Locale.ROOT,
                        "%05d",
                        ThreadLocalRandom.current().nextInt(100_000));
        long qualified = fixtures.professional("LAWYER", region);
        long member = fixtures.professional("LAWYER", region);
        fixtures.file(qualified, "qualification-obtained", null, LocalDate.now().minusDays(5));
        List.of(qualified, member).forEach(engine::rate);
        String organisation = "RANK-ASSOC-" + ThreadLocalRandom.current().nextInt(1_000_000);
        TestAccounts officers = new TestAccounts(administration, subjects, organisation);
        long association = subjects.register(new org.credence.subject.NewSubject(
                        org.credence.support.Organisations.association(), "律师协会", null, null))
                .subjectId();
        subjects.addMembership(
                new org.credence.subject.NewMembership(member, association, LocalDate.of(2020, 1, 1), null));
        administration.bindSubject(organisation, association);

        Response ranking = call(
                officers.client(port, Role.ASSOCIATION_OFFICER),
                HttpMethod.GET,
                "/api/v1/rankings?profession=LAWYER&region=" + region,
                MediaType.APPLICATION_JSON,
                "");
        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ranking.json()
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("subjectId").asLong()))
                .containsExactly(member);
        assertThat(ranking.json().path("items").get(0).path("rank").asLong())
                .as("ranked among all peers, not among members only")
                .isEqualTo(2);
    }
}
