package org.credence.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.credence.access.AccessAdministration;
import org.credence.access.Role;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Severity;
import org.credence.rating.Rating;
import org.credence.rating.RatingEngine;
import org.credence.rating.SubjectGrade;
import org.credence.record.FilingBatch;
import org.credence.record.RecordFiling;
import org.credence.record.RecordStore;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectRegistry;
import org.credence.support.Http;
import org.credence.support.Organisations;
import org.credence.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Categorized supervision over real HTTP: public profiles, a credit officer's new profile, and draws that are
 * reproducible from their seed, verifiable by anyone once published, and caught when their record is tampered with.
 *
 * <p>The population is a scheme of this test's own: sixty enterprises on file whose ratings are stored as the rating
 * module stores them (grades A 30, B 15, C 10, D 5), so that the expected counts do not depend on other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionIntegrationTests {

    private static final AtomicInteger SECTORS = new AtomicInteger();
    private static final String GRADES = "AAAAAABBBCCD"; // 6:3:2:1 of 12, so 30:15:10:5 of 60

    @LocalServerPort
    int port;

    @Autowired
    AccessAdministration administration;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    RatingEngine ratings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordStore records;

    @Autowired
    Catalogue catalogue;

    TestAccounts accounts;
    Http officer;
    String scheme;
    final List<String> identifiers = new ArrayList<>();
    final Map<Long, String> population = new LinkedHashMap<>();

    @BeforeAll
    void population() {
        accounts = new TestAccounts(administration, subjects, "SUPERVISION-TEST");
        officer = new Http(accounts.client(port, Role.CREDIT_OFFICER));
        scheme = "test-scheme-" + System.nanoTime() % 1_000_000_000L;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < 60; i++) {
            var code = Organisations.fresh();
            identifiers.add(code.value());
            long id = subjects.register(new NewSubject(code, "抽查测试企业" + i, null, null))
                    .subjectId();
            String grade = String.valueOf(GRADES.charAt(i % GRADES.length()));
            population.put(id, grade);
            jdbc.sql("""
                            INSERT INTO rating (subject_id, scheme_code, standard_id, standard_version, score, grade,
                                as_of, read_at, computed_at)
                            VALUES (:s, :scheme, 0, 1, 80, :grade, :day, :now, :now)
                            """)
                    .param("s", id)
                    .param("scheme", scheme)
                    .param("grade", grade)
                    .param("day", now.toLocalDate())
                    .param("now", now)
                    .update();
        }
    }

    @Test
    void profilesArePublic() {
        var all = new Http(port).get("/api/v1/supervision-profiles");
        assertThat(all.status()).isEqualTo(200);
        var market = new Http(port).get("/api/v1/supervision-profiles/market-supervision");
        assertThat(market.status()).isEqualTo(200);
        JsonNode profile = market.body().path("inForce");
        assertThat(profile.path("scheme").asString()).isEqualTo("market-supervision-risk");
        assertThat(profile.path("categories")
                        .valueStream()
                        .map(c -> c.path("code").asString() + " "
                                + c.path("ratio").path("min").asString() + "-"
                                + c.path("ratio").path("max").asString()
                                + " " + c.path("withCauseOnly").asBoolean()))
                .containsExactly("A 3-3 true", "B 5-10 false", "C 20-30 false", "D 100-100 false");
        assertThat(new Http(port)
                        .get("/api/v1/supervision-profiles/no-such-sector")
                        .text("/code"))
                .isEqualTo("profile-not-found");
    }

    @Test
    void aNewProfileIsCheckedFieldByField() {
        var invalid = officer.post(
                "/api/v1/supervision-profiles",
                Map.of(
                        "sector",
                        "Bad Sector",
                        "nameZh",
                        "测试",
                        "nameEn",
                        "Test",
                        "scheme",
                        scheme,
                        "effectiveFrom",
                        LocalDate.now(ZoneOffset.UTC).toString(),
                        "inspectorsPerTarget",
                        2,
                        "categories",
                        List.of(category("A", List.of("A"), "3", "3"), category("B", List.of("A", "B"), "10", "5"))));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text("/code")).isEqualTo("profile-invalid");
        assertThat(invalid.body()
                        .path("fields")
                        .valueStream()
                        .map(f -> f.path("field").asString() + " "
                                + f.path("code").asString()))
                .containsExactlyInAnyOrder(
                        "sector invalid-code",
                        "categories[1].grades[0] grade-in-two-categories",
                        "categories[1].ratio ratio-range-inverted");
        String sector = profile();
        var versions = new Http(port).get("/api/v1/supervision-profiles/" + sector);
        assertThat(versions.body().path("inForce").path("version").asInt()).isEqualTo(1);
        assertThat(versions.body().path("inForce").path("documentHash").asString())
                .hasSize(64);
    }

    @Test
    void aDrawIsReproducibleFromItsSeedAndInputs() throws Exception {
        JsonNode first = draw(profile(), "fixed-seed-1", Map.of("B", 10));
        assertThat(first.path("categories")
                        .valueStream()
                        .map(c -> c.path("code").asString() + " "
                                + c.path("population").asLong() + " "
                                + c.path("ratio").asString() + " "
                                + c.path("drawn").asLong()))
                .containsExactly("A 30 3 1", "B 15 10 2", "C 10 20 2", "D 5 100 5");
        assertThat(first.path("populationCount").asLong()).isEqualTo(60);
        assertThat(first.path("populationDigest").asString()).isEqualTo(expectedDigest());
        assertThat(first.path("seedGenerated").asBoolean()).isFalse();

        JsonNode same = draw(profile(), "fixed-seed-1", Map.of("B", 10));
        JsonNode other = draw(profile(), "fixed-seed-2", Map.of("B", 10));
        assertThat(targets(same)).isEqualTo(targets(first));
        assertThat(same.path("resultDigest").asString())
                .isEqualTo(first.path("resultDigest").asString());
        assertThat(targets(other)).isNotEqualTo(targets(first));
        assertThat(other.path("populationDigest").asString())
                .isEqualTo(first.path("populationDigest").asString());

        JsonNode generated = draw(profile(), null, Map.of());
        assertThat(generated.path("seedGenerated").asBoolean()).isTrue();
        assertThat(generated.path("seed").asString()).matches("[0-9a-f]{64}");
        assertThat(generated
                        .path("categories")
                        .valueStream()
                        .map(c -> c.path("drawn").asLong()))
                .containsExactly(1L, 1L, 2L, 5L);
    }

    @Test
    void aPublishedDrawIsPublicMaskedAndVerifiable() {
        JsonNode draw = draw(profile(), "publish-seed", Map.of());
        long id = draw.path("drawId").asLong();
        var anonymous = new Http(port);
        assertThat(anonymous.get("/api/v1/inspection-draws/" + id).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/inspection-draws/" + id + "/targets").status())
                .isEqualTo(404);

        var published = officer.post("/api/v1/inspection-draws/" + id + "/publish", Map.of());
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.text("/status")).isEqualTo("PUBLISHED");
        assertThat(officer.post("/api/v1/inspection-draws/" + id + "/publish", Map.of())
                        .text("/code"))
                .isEqualTo("already-published");

        var targets = anonymous.get("/api/v1/inspection-draws/" + id + "/targets?size=100");
        assertThat(targets.status()).isEqualTo(200);
        assertThat(targets.body().path("items").size()).isEqualTo(9);
        JsonNode target = targets.body().path("items").get(0);
        assertThat(target.path("maskedIdentifier").asString()).contains("*");
        assertThat(target.path("name").asString()).startsWith("抽查测试企业");
        assertThat(target.path("inspectors")
                        .valueStream()
                        .map(i -> i.path("name").asString()))
                .hasSize(2)
                .allSatisfy(name -> assertThat(name).startsWith("检查员"));
        identifiers.forEach(identifier -> assertThat(targets.body().toString()).doesNotContain(identifier));
        assertThat(anonymous
                        .get("/api/v1/inspection-draws?size=500")
                        .body()
                        .path("items")
                        .valueStream()
                        .map(d -> d.path("drawId").asLong()))
                .contains(id);

        var verification = anonymous.get("/api/v1/inspection-draws/" + id + "/verification");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.body().path("matches").asBoolean())
                .as(verification.body().toString())
                .isTrue();
    }

    @Test
    void verificationFindsATamperedResultOrPopulation() {
        long result = draw(profile(), "tamper-seed", Map.of()).path("drawId").asLong();
        jdbc.sql("UPDATE inspection_draw_target SET inspectors = 'I9,I8' WHERE draw_id = :d AND position = 1")
                .param("d", result)
                .update();
        JsonNode tampered = officer.get("/api/v1/inspection-draws/" + result + "/verification")
                .body();
        assertThat(tampered.path("matches").asBoolean()).isFalse();
        assertThat(tampered.path("populationMatches").asBoolean()).isTrue();
        assertThat(tampered.path("resultMatches").asBoolean()).isFalse();
        assertThat(tampered.path("differences").get(0).asString()).startsWith("target 1:");

        long swapped = draw(profile(), "tamper-seed", Map.of()).path("drawId").asLong();
        long notDrawn = population.keySet().stream()
                .filter(s -> population.get(s).equals("A"))
                .filter(s -> jdbc.sql("SELECT COUNT(*) FROM inspection_draw_target WHERE draw_id = :d"
                                        + " AND subject_id = :s")
                                .param("d", swapped)
                                .param("s", s)
                                .query(Long.class)
                                .single()
                        == 0)
                .findFirst()
                .orElseThrow();
        jdbc.sql("UPDATE inspection_draw_target SET subject_id = :s WHERE draw_id = :d AND category_code = 'A'")
                .param("s", notDrawn)
                .param("d", swapped)
                .update();
        JsonNode swappedVerification = officer.get("/api/v1/inspection-draws/" + swapped + "/verification")
                .body();
        assertThat(swappedVerification.path("resultMatches").asBoolean()).isFalse();
        assertThat(swappedVerification.path("differences").get(0).asString())
                .contains("not the one whose key it shows")
                .doesNotContainPattern("subject \\d");

        long snapshot = draw(profile(), "tamper-seed", Map.of()).path("drawId").asLong();
        jdbc.sql("UPDATE inspection_draw_population SET grade = 'D' WHERE draw_id = :d AND grade = 'A'"
                        + " AND subject_id = :s")
                .param("d", snapshot)
                .param("s", notDrawn)
                .update();
        JsonNode population = officer.get("/api/v1/inspection-draws/" + snapshot + "/verification")
                .body();
        assertThat(population.path("populationMatches").asBoolean()).isFalse();
        assertThat(population.path("matches").asBoolean()).isFalse();
    }

    @Test
    void aDrawIsCheckedAndMadeOncePerPeriod() {
        String sector = profile();
        var invalid = officer.post(
                "/api/v1/inspection-draws",
                Map.of(
                        "sector",
                        sector,
                        "period",
                        "2026-Q5",
                        "inspectors",
                        List.of(Map.of("id", "I1", "name", "检查员一"), Map.of("id", "I1", "name", "检查员二")),
                        "ratios",
                        Map.of("C", 50, "Z", 1)));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()
                        .path("fields")
                        .valueStream()
                        .map(f -> f.path("field").asString() + " "
                                + f.path("code").asString()))
                .containsExactlyInAnyOrder(
                        "period invalid-period",
                        "inspectors[1].id duplicate-inspector",
                        "ratios.C ratio-out-of-range",
                        "ratios.Z unknown-category");
        var tooSmall = officer.post(
                "/api/v1/inspection-draws",
                Map.of(
                        "sector",
                        sector,
                        "period",
                        "2026-Q4",
                        "inspectors",
                        List.of(Map.of("id", "I1", "name", "检查员一"))));
        assertThat(tooSmall.body().path("fields").get(0).path("code").asString())
                .isEqualTo("pool-too-small");
        assertThat(officer.post(
                                "/api/v1/inspection-draws",
                                Map.of("sector", "no-such-sector", "period", "2026-Q4", "inspectors", pool()))
                        .text("/code"))
                .isEqualTo("profile-not-found");

        draw(sector, "once", Map.of());
        var again = officer.post(
                "/api/v1/inspection-draws",
                Map.of("sector", sector, "period", "2026-Q4", "inspectors", pool(), "seed", "twice"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/code")).isEqualTo("draw-exists");
    }

    @Test
    void drawsTheMarketSupervisionPopulationAsTheRatingEngineGradedIt() {
        long clean = subjects.register(new NewSubject(Organisations.fresh(), "无不良记录企业", null, null))
                .subjectId();
        long dishonest = subjects.register(new NewSubject(Organisations.fresh(), "严重失信企业", null, null))
                .subjectId();
        var edition = catalogue.currentEdition();
        LocalDate decided = LocalDate.now(ZoneOffset.UTC).minusMonths(1);
        records.file(new FilingBatch(
                null,
                "fz-market-supervision",
                List.of(new RecordFiling(
                        dishonest,
                        "fz-market-supervision",
                        "SUP-" + System.nanoTime(),
                        edition.recordType("serious-illegal-dishonesty").orElseThrow(),
                        edition.code(),
                        Severity.SERIOUS,
                        "榕市监严失〔2026〕1号",
                        "《市场监督管理严重违法失信名单管理办法》第二条",
                        decided,
                        decided,
                        null,
                        "列入严重违法失信名单",
                        null,
                        null,
                        1))));
        assertThat(gradeOf(ratings.rate(clean))).isEqualTo("A");
        assertThat(gradeOf(ratings.rate(dishonest))).isEqualTo("D");

        var response = officer.post(
                "/api/v1/inspection-draws",
                Map.of(
                        "sector",
                        "market-supervision",
                        "period",
                        "2026-11",
                        "inspectors",
                        pool(),
                        "seed",
                        "market-seed"));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        long id = response.body().path("drawId").asLong();
        assertThat(response.body().path("scheme").asString()).isEqualTo("market-supervision-risk");
        assertThat(response.body().path("populationCount").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT category_code FROM inspection_draw_target WHERE draw_id = :d AND subject_id = :s")
                        .param("d", id)
                        .param("s", dishonest)
                        .query(String.class)
                        .optional())
                .as("class D is inspected in full")
                .contains("D");
        assertThat(officer.get("/api/v1/inspection-draws/" + id + "/verification")
                        .body()
                        .path("matches")
                        .asBoolean())
                .isTrue();
    }

    private static String gradeOf(List<Rating> ratings) {
        return ratings.stream()
                .filter(r -> r.scheme().equals("market-supervision-risk"))
                .map(Rating::grade)
                .findFirst()
                .orElse("none");
    }

    @Test
    void theSchemesGradesArePagedInSubjectIdOrder() {
        List<SubjectGrade> first = ratings.grades(scheme, 0, 7);
        List<SubjectGrade> rest = ratings.grades(scheme, first.getLast().subjectId(), 100);
        List<SubjectGrade> all = new ArrayList<>(first);
        all.addAll(rest);
        assertThat(all)
                .extracting(SubjectGrade::subjectId)
                .containsExactlyElementsOf(population.keySet().stream().sorted().toList());
        assertThat(all).allSatisfy(g -> assertThat(g.grade()).isEqualTo(population.get(g.subjectId())));
    }

    /** A new sector whose profile classifies this test's scheme like market supervision; in force today. */
    private String profile() {
        String sector = "test-sector-" + System.nanoTime() % 1_000_000 + "-" + SECTORS.incrementAndGet();
        var created = officer.post(
                "/api/v1/supervision-profiles",
                Map.of(
                        "sector",
                        sector,
                        "nameZh",
                        "测试分类监管",
                        "nameEn",
                        "Test categorized supervision",
                        "scheme",
                        scheme,
                        "effectiveFrom",
                        LocalDate.now(ZoneOffset.UTC).toString(),
                        "inspectorsPerTarget",
                        2,
                        "categories",
                        List.of(
                                category("A", List.of("A"), "3", "3"),
                                category("B", List.of("B"), "5", "10"),
                                category("C", List.of("C"), "20", "30"),
                                category("D", List.of("D"), "100", "100"))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return sector;
    }

    private JsonNode draw(String sector, String seed, Map<String, Integer> ratios) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sector", sector);
        body.put("period", "2026-Q4");
        body.put("inspectors", pool());
        body.put("ratios", ratios);
        if (seed != null) {
            body.put("seed", seed);
        }
        var response = officer.post("/api/v1/inspection-draws", body);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.body();
    }

    /** The targets as the officer reads them: category, masked subject and inspectors, in position order. */
    private List<String> targets(JsonNode draw) {
        var page = officer.get("/api/v1/inspection-draws/" + draw.path("drawId").asLong() + "/targets?size=100");
        return page.body()
                .path("items")
                .valueStream()
                .map(t -> t.path("position").asInt() + " " + t.path("category").asString() + " "
                        + t.path("maskedIdentifier").asString() + " "
                        + t.path("drawKey").asString() + " "
                        + t.path("inspectors")
                                .valueStream()
                                .map(i -> i.path("id").asString())
                                .toList())
                .toList();
    }

    private String expectedDigest() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        population.keySet().stream()
                .sorted()
                .forEach(id -> digest.update((id + ":" + population.get(id) + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Map<String, String>> pool() {
        return IntStream.rangeClosed(1, 5)
                .mapToObj(i -> Map.of("id", "I" + i, "name", "检查员" + i))
                .toList();
    }

    private static Map<String, Object> category(String code, List<String> grades, String min, String max) {
        return Map.of(
                "code",
                code,
                "grades",
                grades,
                "nameZh",
                code + "类",
                "nameEn",
                "Class " + code,
                "ratio",
                Map.of("min", new BigDecimal(min), "max", new BigDecimal(max)),
                "withCauseOnly",
                code.equals("A"),
                "facilitationZh",
                "测试",
                "facilitationEn",
                "Test");
    }
}
