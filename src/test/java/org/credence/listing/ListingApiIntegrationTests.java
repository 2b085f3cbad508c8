package org.credence.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.access.AccessAdministration;
import org.credence.access.Role;
import org.credence.catalog.Catalogue;
import org.credence.rating.RatingTestConfiguration;
import org.credence.record.RecordStore;
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
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The lists over real HTTP: definitions and their versions, manual inclusion by the authority, exits, visibility. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RatingTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingApiIntegrationTests {

    static final String SERIOUS = "serious-illegal-dishonesty";
    static final String DEBTORS = "dishonest-judgment-debtors";

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
    Listings listings;

    @Autowired
    ListAdministration lists;

    ListingFixtures fixtures;
    Http market;
    Http court;
    Http tourism;
    Http otherOfficer;
    Http approver;
    Http anonymous;
    LocalDate today;

    @BeforeAll
    void accounts() {
        fixtures = new ListingFixtures(subjects, records, catalogue, listings);
        market = officer("fz-market-supervision");
        court = officer("fz-intermediate-court");
        tourism = officer("fj-culture-tourism");
        otherOfficer = officer("LISTING-OTHER");
        approver = new Http(new TestAccounts(administration, subjects, "LISTING-APPROVER").client(port, Role.APPROVER));
        anonymous = new Http(port);
        today = LocalDate.now(ListingFixtures.ZONE);
    }

    Http officer(String organisation) {
        return new Http(new TestAccounts(administration, subjects, organisation).client(port, Role.CREDIT_OFFICER));
    }

    static Map<String, Object> decision(String identifier, String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("identifier", identifier);
        body.put("decisionNumber", number);
        body.put("facts", "2026年生产销售不符合食品安全标准的食品，货值金额巨大");
        body.put("reasons", "因严重违法行为受到较重行政处罚");
        body.put("legalBasis", "《市场监督管理严重违法失信名单管理办法》第二条、第九条");
        return body;
    }

    static List<String> fields(Http.Response response) {
        List<String> fields = new ArrayList<>();
        response.body().get("fields").forEach(f -> fields.add(f.get("field").asString()));
        return fields;
    }

    @Test
    void publishesTheListsInForceWithTheirRulesAndVersions() {
        var all = anonymous.get("/api/v1/lists");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().findValuesAsString("code"))
                .contains(
                        DEBTORS,
                        SERIOUS,
                        "abnormal-operations",
                        "tourism-key-attention",
                        "tourism-blacklist",
                        "accounting-blacklist",
                        "market-ban",
                        "a-grade-taxpayers",
                        "advanced-certified-enterprises");

        var debtors = anonymous.get("/api/v1/lists/{code}", DEBTORS);
        assertThat(debtors.status()).isEqualTo(200);
        assertThat(debtors.text("/current/definition/managingAuthority")).isEqualTo("fz-intermediate-court");
        assertThat(debtors.text("/current/definition/defaultTermMonths")).isEqualTo("24");
        assertThat(debtors.text("/current/definition/extensionMonths")).isEqualTo("36");
        assertThat(debtors.text("/current/document/rules/0/recordTypes/0")).isEqualTo("dishonest-judgment-debtor");
        assertThat(debtors.text("/versions/0/definition/version")).isEqualTo("1");
        assertThat(anonymous.get("/api/v1/lists/tourism-blacklist").text("/current/noticeDays"))
                .isEqualTo("10");

        var unknown = anonymous.get("/api/v1/lists/no-such-list");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/code")).isEqualTo("list-not-found");
    }

    @Test
    void aCreditOfficerAddsVersionsAndIsToldEveryProblem() {
        String code = "api-test-" + System.nanoTime();
        var invalid = market.post(
                "/api/v1/lists", Map.of("code", code, "version", 1, "kind", "BLACK", "managingAuthority", "nobody"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text("/code")).isEqualTo("invalid-definition");
        assertThat(fields(invalid))
                .contains(
                        "nameZh",
                        "nameEn",
                        "managingAuthority",
                        "legalStandard",
                        "inclusionRule",
                        "effectiveFrom",
                        "defaultTermMonths");

        var first = market.post("/api/v1/lists", document(code, 1, "BLACK", "2026-01-01"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.text("/inForce")).isEqualTo("true");
        assertThat(market.post("/api/v1/lists", document(code, 1, "BLACK", "2026-01-01"))
                        .text("/code"))
                .isEqualTo("version-not-newer");
        assertThat(market.post("/api/v1/lists", document(code, 2, "RED", "2027-01-01"))
                        .text("/code"))
                .isEqualTo("kind-changed");
        assertThat(market.post("/api/v1/lists", document(code, 2, "BLACK", "2025-01-01"))
                        .text("/code"))
                .isEqualTo("effective-before-previous");

        var second = market.post(
                "/api/v1/lists", document(code, 2, "BLACK", today.plusYears(1).toString()));
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.text("/inForce")).isEqualTo("false");
        var list = anonymous.get("/api/v1/lists/{code}", code);
        assertThat(list.body().get("versions").size()).isEqualTo(2);
        assertThat(list.text("/current/definition/version")).isEqualTo("1");
        assertThat(listings.definition(code).orElseThrow().version()).isEqualTo(1);
    }

    static Map<String, Object> document(String code, int version, String kind, String effectiveFrom) {
        Map<String, Object> document = new HashMap<>();
        document.put("code", code);
        document.put("version", version);
        document.put("nameZh", "测试名单");
        document.put("nameEn", "Test list");
        document.put("kind", kind);
        document.put("managingAuthority", "fz-market-supervision");
        document.put("legalStandard", "《测试依据》");
        document.put("inclusionRule", "by decision");
        document.put("effectiveFrom", effectiveFrom);
        document.put("defaultTermMonths", 12);
        return document;
    }

    @Test
    void aManualInclusionNamesEveryMissingFieldAndTakesOnlyTheAuthoritysDecision() {
        var company = fixtures.enterprise();
        String uri = "/api/v1/lists/" + SERIOUS + "/entries";

        var foreign = otherOfficer.post(uri, decision(company.identifier(), "榕市监信〔2026〕1号"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.text("/code")).isEqualTo("not-managing-authority");

        var empty = market.post(uri, Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text("/code")).isEqualTo("invalid-inclusion");
        assertThat(fields(empty))
                .containsExactlyInAnyOrder("identifier", "decisionNumber", "facts", "reasons", "legalBasis");

        var unknown = market.post(uri, decision(Organisations.fresh().value(), "榕市监信〔2026〕2号"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/code")).isEqualTo("subject-not-found");

        var tooLong = decision(company.identifier(), "榕市监信〔2026〕3号");
        tooLong.put("termMonths", 48);
        var refused = market.post(uri, tooLong);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("/code")).isEqualTo("term-beyond-limit");
        assertThat(fields(refused)).containsExactly("termMonths");

        var created = market.post(uri, decision(company.identifier(), "榕市监信〔2026〕4号"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("/status")).isEqualTo("ACTIVE");
        assertThat(created.text("/termEnd")).isEqualTo(today.plusMonths(36).toString());
        assertThat(created.text("/name")).isEqualTo(company.name());
        assertThat(created.body().toString()).doesNotContain(company.identifier());
        long id = created.body().get("entryId").asLong();
        assertThat(market.post(uri, decision(company.identifier(), "榕市监信〔2026〕4号"))
                        .text("/code"))
                .isEqualTo("entry-exists");

        var read = otherOfficer.get("/api/v1/list-entries/{id}", id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("/history/0/action")).isEqualTo("INCLUDED");
        assertThat(read.text("/history/0/organisation")).isEqualTo("fz-market-supervision");
        assertThat(read.text("/history/0/decisionNumber")).isEqualTo("榕市监信〔2026〕4号");

        JsonNode published = findPublished(SERIOUS, company.name());
        assertThat(published.propertyNames())
                .containsExactlyInAnyOrder("listCode", "maskedIdentifier", "name", "includedOn", "termEnd");
        assertThat(published.toString()).doesNotContain(company.identifier());

        var other = fixtures.enterprise();
        assertThat(listings.entriesInForce(company.subjectId(), today))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.entryId()).isEqualTo(id);
                    assertThat(e.kind()).isEqualTo(ListKind.BLACK);
                    assertThat(e.inForceOn(today)).isTrue();
                });
        assertThat(listings.entriesInForce(List.of(company.subjectId(), other.subjectId()), today))
                .containsOnlyKeys(company.subjectId());
    }

    JsonNode findPublished(String list, String name) {
        for (int page = 0; page < 50; page++) {
            var response = anonymous.get("/api/v1/lists/{code}/entries?size=100&page=" + page, list);
            assertThat(response.status()).isEqualTo(200);
            for (JsonNode item : response.body().get("items")) {
                if (item.get("name").asString().equals(name)) {
                    return item;
                }
            }
            if (!response.body().get("hasMore").asBoolean()) {
                break;
            }
        }
        throw new AssertionError(name + " is not published on " + list);
    }

    @Test
    void exitsAreDecidedByTheAuthorityWithinTheListsRulesAndLeaveAHistory() {
        var company = fixtures.enterprise();
        long id = market.post("/api/v1/lists/" + SERIOUS + "/entries", decision(company.identifier(), "榕市监信〔2026〕10号"))
                .body()
                .get("entryId")
                .asLong();
        Map<String, Object> exit = Map.of("decisionNumber", "榕市监信移〔2026〕1号", "reason", "已履行义务");

        var early = market.post("/api/v1/list-entries/" + id + "/removal", exit);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text("/code")).isEqualTo("early-removal-too-soon");
        assertThat(otherOfficer
                        .post("/api/v1/list-entries/" + id + "/revocation", exit)
                        .text("/code"))
                .isEqualTo("not-managing-authority");
        var missing = market.post("/api/v1/list-entries/" + id + "/revocation", Map.of("decisionNumber", "x"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("reason");

        var revoked = market.post("/api/v1/list-entries/" + id + "/revocation", exit);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.text("/status")).isEqualTo("REVOKED");
        assertThat(revoked.text("/endedOn")).isEqualTo(today.toString());
        assertThat(revoked.body().get("history").findValuesAsString("action")).containsExactly("INCLUDED", "REVOKED");
        assertThat(listings.entriesInForce(company.subjectId(), today)).isEmpty();
        assertThat(market.post("/api/v1/list-entries/" + id + "/revocation", exit)
                        .text("/code"))
                .isEqualTo("entry-ended");

        var debtor = fixtures.person();
        var listed =
                court.post("/api/v1/lists/" + DEBTORS + "/entries", decision(debtor.identifier(), "(2026)闽01执恢1号"));
        assertThat(listed.status()).isEqualTo(201);
        long debt = listed.body().get("entryId").asLong();
        Map<String, Object> extension =
                new HashMap<>(Map.of("months", 36, "decisionNumber", "(2026)闽01执恢1号之一", "reason", "以暴力方法妨碍执行"));
        extension.put("legalBasis", "法释〔2017〕7号 第二条第二款");
        var extended = court.post("/api/v1/list-entries/" + debt + "/extension", extension);
        assertThat(extended.status()).isEqualTo(200);
        assertThat(extended.text("/termEnd")).isEqualTo(today.plusMonths(60).toString());
        extension.put("months", 1);
        var beyond = court.post("/api/v1/list-entries/" + debt + "/extension", extension);
        assertThat(beyond.status()).isEqualTo(422);
        assertThat(beyond.text("/code")).isEqualTo("term-beyond-limit");
        assertThat(fields(beyond)).containsExactly("months");

        var removed = court.post(
                "/api/v1/list-entries/" + debt + "/removal",
                Map.of("decisionNumber", "(2026)闽01执恢1号之二", "reason", "已全部履行"));
        assertThat(removed.text("/status")).isEqualTo("REMOVED_EARLY");
        assertThat(removed.body().get("history").findValuesAsString("action"))
                .containsExactly("INCLUDED", "EXTENDED", "REMOVED_EARLY");
        assertThat(removed.text("/history/1/detail"))
                .contains("24 -> 60 months")
                .contains("法释〔2017〕7号");
    }

    @Test
    void keyAttentionEntriesAreShownToCreditOfficersOnly() {
        var agency = fixtures.enterprise();
        var body = decision(agency.identifier(), "闽文旅关〔2026〕1号");
        assertThat(tourism.post("/api/v1/lists/tourism-key-attention/entries", body)
                        .status())
                .isEqualTo(201);

        assertThat(anonymous.get("/api/v1/lists/tourism-key-attention/entries").text("/code"))
                .isEqualTo("list-not-public");
        assertThat(approver.get("/api/v1/lists/tourism-key-attention/entries").status())
                .isEqualTo(403);
        assertThat(otherOfficer
                        .get("/api/v1/lists/tourism-key-attention/entries?size=100")
                        .body()
                        .findValuesAsString("name"))
                .contains(agency.name());

        var asApprover = approver.get("/api/v1/subjects/{identifier}/list-entries", agency.identifier());
        assertThat(asApprover.status()).isEqualTo(200);
        assertThat(asApprover.body().get("entries").size()).isZero();
        var asOfficer = otherOfficer.get("/api/v1/subjects/{identifier}/list-entries", agency.identifier());
        assertThat(asOfficer.text("/entries/0/listCode")).isEqualTo("tourism-key-attention");
        assertThat(asOfficer.text("/entries/0/kind")).isEqualTo("KEY_ATTENTION");
        assertThat(asOfficer.body().toString()).doesNotContain(agency.identifier());
    }

    @Test
    void aMarketBanBarsTheNamedMattersAndSectorsForItsTerm() {
        var company = fixtures.enterprise();
        var body = decision(company.identifier(), "榕市监禁〔2026〕1号");
        body.put("termMonths", 24);
        body.put("barredMatterTypes", List.of("public-bidding", "government-procurement"));
        var noSector = market.post("/api/v1/lists/market-ban/entries", body);
        assertThat(noSector.status()).isEqualTo(400);
        assertThat(fields(noSector)).containsExactly("barredSectors");

        body.put("barredSectors", List.of("construction"));
        var banned = market.post("/api/v1/lists/market-ban/entries", body);
        assertThat(banned.status()).isEqualTo(201);
        assertThat(banned.text("/kind")).isEqualTo("MARKET_BAN");
        assertThat(banned.text("/termEnd")).isEqualTo(today.plusMonths(24).toString());

        ListEntry entry = listings.entriesInForce(company.subjectId(), today).getFirst();
        assertThat(entry.barredMatterTypes()).containsExactly("public-bidding", "government-procurement");
        assertThat(entry.barredSectors()).containsExactly("construction");
        assertThat(entry.extendsTo()).isNotEmpty();
        assertThat(listings.definition("market-ban").orElseThrow().barredMatterTypes())
                .contains("enterprise-qualification");
    }
}
