package org.credence.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.credence.access.AccessAdministration;
import org.credence.access.Role;
import org.credence.listing.EntryStatus;
import org.credence.listing.ListAdministration;
import org.credence.listing.ListEntry;
import org.credence.rating.MutableClock;
import org.credence.rating.RatingTestConfiguration;
import org.credence.subject.NewRole;
import org.credence.subject.NewSubject;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectRegistry;
import org.credence.support.Http;
import org.credence.support.Organisations;
import org.credence.support.TestAccounts;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The credit check over real HTTP, from records filed by their provider through the lists they make to the answer an
 * approving department gets, its feedback, and the answer changing when the data does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RatingTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditCheckIntegrationTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String COURT = "fz-intermediate-court";
    private static final String DEPARTMENT = "fz-public-resource-trading";

    @LocalServerPort
    int port;

    @Autowired
    AccessAdministration administration;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    ListAdministration lists;

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Http court;
    Http approver;
    Http otherApprover;
    Http courtOfficer;
    Http creditOfficer;
    LocalDate today;

    @BeforeAll
    void accounts() {
        court = new Http(new TestAccounts(administration, subjects, COURT).client(port, Role.PROVIDER));
        courtOfficer = new Http(new TestAccounts(administration, subjects, COURT).client(port, Role.CREDIT_OFFICER));
        approver = new Http(new TestAccounts(administration, subjects, DEPARTMENT).client(port, Role.APPROVER));
        otherApprover = new Http(new TestAccounts(administration, subjects, "fj-hrss").client(port, Role.APPROVER));
        creditOfficer =
                new Http(new TestAccounts(administration, subjects, "CREDENCE").client(port, Role.CREDIT_OFFICER));
    }

    @BeforeEach
    void today() {
        today = LocalDate.now(ZONE);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * The scenario: a court default record filed → listed → a procurement check is restricted with the measure
     * and its legal basis → the term ends (clock moved) → the check no longer restricts.
     */
    @Test
    void aCourtDefaultRestrictsProcurementUntilTheListingTermEnds() {
        var company = register(Organisations.fresh(), "信用核查失信企业");
        ListEntry entry = fileDefault(company);

        JsonNode answer = check(approver, company.identifier(), "government-procurement", 201);
        assertThat(answer.get("decision").asString()).isEqualTo("RESTRICTED");
        assertThat(answer.get("applicant").get("maskedIdentifier").asString())
                .isNotEqualTo(company.identifier())
                .contains("*");
        assertThat(answer.get("listEntries"))
                .anySatisfy(e -> assertThat(e.get("entryId").asLong()).isEqualTo(entry.entryId()));
        JsonNode procurement = measure(answer, "procurement-exclusion");
        assertThat(procurement.get("measureClass").asInt()).isEqualTo(1);
        assertThat(procurement.get("binding").asBoolean()).isTrue();
        assertThat(procurement.get("legalBasis").asString()).contains("政府采购法");
        assertThat(procurement.get("contentEn").asString()).isNotBlank();
        assertThat(procurement.get("causes").get(0).get("listCode").asString()).isEqualTo("dishonest-judgment-debtors");
        // class 3 is shown, never binding: a lending matter carries the banks' risk pricing as information
        JsonNode lending = check(approver, company.identifier(), "preferential-credit", 201);
        assertThat(lending.get("decision").asString()).isEqualTo("RESTRICTED");
        JsonNode pricing = measure(lending, "risk-pricing");
        assertThat(pricing.get("measureClass").asInt()).isEqualTo(3);
        assertThat(pricing.get("binding").asBoolean()).isFalse();
        assertThat(measure(lending, "subsidy-restriction").get("binding").asBoolean())
                .isTrue();

        // the same check for a matter no measure of the list covers is not restricted by it
        JsonNode licensing = check(approver, company.identifier(), "certification-body-approval", 201);
        assertThat(licensing.get("decision").asString()).isNotEqualTo("RESTRICTED");

        // the term ends: two years from inclusion (the clock moves past it; keys are issued anew at the new date)
        clock.set(entry.termEnd().plusDays(1).atTime(10, 0).atZone(ZONE).toInstant());
        Http later = new Http(new TestAccounts(administration, subjects, DEPARTMENT).client(port, Role.APPROVER));
        JsonNode after = check(later, company.identifier(), "government-procurement", 201);
        assertThat(after.get("decision").asString()).isNotEqualTo("RESTRICTED");
        assertThat(after.get("listEntries"))
                .noneSatisfy(e -> assertThat(e.get("entryId").asLong()).isEqualTo(entry.entryId()));
        assertThat(codes(after)).doesNotContain("procurement-exclusion", "risk-pricing");
        // what remains is what the grades call for, nothing else
        boolean poorGrade = false;
        for (JsonNode grade : after.get("grades")) {
            poorGrade |= List.of("C", "D").contains(grade.get("grade").asString());
        }
        assertThat(after.get("decision").asString()).isEqualTo(poorGrade ? "PROCEED_WITH_ENHANCED_REVIEW" : "PROCEED");
    }

    /**
     * The answer is sent as it was stored: the same JSON for the POST and for reading the check back, a name in Chinese
     * intact, with its type and its location.
     */
    @Test
    void theAnswerSentIsTheAnswerStored() {
        var company = register(Organisations.fresh(), "核查答复一致企业");
        fileDefault(company);
        var sent = approver.raw()
                .post()
                .uri("/api/v1/checks")
                .contentType(MediaType.APPLICATION_JSON)
                .body(request(company.identifier(), "government-procurement"))
                .retrieve()
                .toEntity(String.class);
        assertThat(sent.getStatusCode().value()).isEqualTo(201);
        assertThat(sent.getHeaders().getContentType())
                .isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_JSON))
                        .isTrue());
        JsonNode answer = json.readTree(sent.getBody());
        assertThat(answer.get("applicant").get("name").asString()).isEqualTo("核查答复一致企业");
        assertThat(answer.get("decision").asString()).isEqualTo("RESTRICTED");
        long checkId = answer.get("checkId").asLong();
        assertThat(sent.getHeaders().getLocation()).hasToString("/api/v1/checks/" + checkId);
        var stored = approver.get("/api/v1/checks/{id}", checkId);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).isEqualTo(answer);
        assertThat(jdbc.sql("SELECT answer FROM credit_check WHERE check_id = :id")
                        .param("id", checkId)
                        .query(String.class)
                        .single())
                .isEqualTo(sent.getBody());

        // a refused check is answered as a problem document, as before
        var refused = approver.raw()
                .post()
                .uri("/api/v1/checks")
                .contentType(MediaType.APPLICATION_JSON)
                .body(request(company.identifier(), "no-such-matter"))
                .exchange((request, response) -> Map.entry(
                        response.getStatusCode().value(), response.getHeaders().getContentType()));
        assertThat(refused.getKey()).isEqualTo(400);
        assertThat(refused.getValue())
                .isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .isTrue());
    }

    @Test
    void feedbackIsRecordedOncePerMeasureAnOverrideNeedsAReasonAndTheListAuthoritySeesIt() {
        var company = register(Organisations.fresh(), "信用核查反馈企业");
        ListEntry entry = fileDefault(company);
        JsonNode answer = check(approver, company.identifier(), "preferential-credit", 201);
        long checkId = answer.get("checkId").asLong();

        var noReason = approver.post(
                "/api/v1/checks/" + checkId + "/feedback",
                Map.of("measures", List.of(Map.of("measureCode", "subsidy-restriction", "applied", false))));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text("/fields/0/code")).isEqualTo("override-reason-required");
        assertThat(noReason.text("/fields/0/field")).isEqualTo("measures[0].reason");
        var unknown = approver.post(
                "/api/v1/checks/" + checkId + "/feedback",
                Map.of("measures", List.of(Map.of("measureCode", "green-channel", "applied", true))));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("/fields/0/code")).isEqualTo("measure-not-in-check");

        var recorded = approver.post(
                "/api/v1/checks/" + checkId + "/feedback",
                Map.of(
                        "measures",
                        List.of(
                                Map.of(
                                        "measureCode",
                                        "subsidy-restriction",
                                        "applied",
                                        false,
                                        "reason",
                                        "court confirmed full performance on the day of the decision"),
                                Map.of("measureCode", "risk-pricing", "applied", true))));
        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.body()).hasSize(2);
        JsonNode override = find(recorded.body(), "subsidy-restriction");
        assertThat(override.get("override").asBoolean()).isTrue();
        assertThat(find(recorded.body(), "risk-pricing").get("override").asBoolean())
                .isFalse();

        var again = approver.post(
                "/api/v1/checks/" + checkId + "/feedback",
                Map.of("measures", List.of(Map.of("measureCode", "risk-pricing", "applied", true))));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/code")).isEqualTo("feedback-exists");

        var seen = courtOfficer.get("/api/v1/list-entries/{id}/check-feedback", entry.entryId());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).anySatisfy(f -> {
            assertThat(f.get("checkId").asLong()).isEqualTo(checkId);
            assertThat(f.get("measureCode").asString()).isEqualTo("subsidy-restriction");
            assertThat(f.get("override").asBoolean()).isTrue();
        });
        // not the list's managing authority: nothing to see
        assertThat(creditOfficer
                        .get("/api/v1/list-entries/{id}/check-feedback", entry.entryId())
                        .status())
                .isEqualTo(404);
        // the check and its feedback are the asking department's
        assertThat(approver.get("/api/v1/checks/{id}", checkId).text("/decision"))
                .isEqualTo("RESTRICTED");
        assertThat(otherApprover.get("/api/v1/checks/{id}", checkId).status()).isEqualTo(404);
        assertThat(otherApprover
                        .post(
                                "/api/v1/checks/" + checkId + "/feedback",
                                Map.of("measures", List.of(Map.of("measureCode", "risk-pricing", "applied", true))))
                        .status())
                .isEqualTo(404);
        assertThat(creditOfficer.get("/api/v1/checks/{id}/feedback", checkId).body())
                .hasSize(2);
    }

    @Test
    void measuresExtendFromAListedOrganisationToItsLegalRepresentativeAndBack() {
        var company = register(Organisations.fresh(), "信用核查关联企业");
        var person = register(TestIdentifiers.person(), "关联法定代表人");
        subjects.addRole(new NewRole(
                company.subjectId(), person.subjectId(), RoleType.LEGAL_REPRESENTATIVE, today.minusYears(1), null));
        fileDefault(company);

        // the person's own file is clean; the company's listing restricts the person's high consumption
        JsonNode personal = check(approver, person.identifier(), "public-resource-transfer", 201);
        assertThat(personal.get("decision").asString()).isEqualTo("RESTRICTED");
        JsonNode consumption = measure(personal, "high-consumption-restriction");
        JsonNode via = consumption.get("causes").get(0).get("via");
        assertThat(via.get("role").asString()).isEqualTo("LEGAL_REPRESENTATIVE");
        assertThat(via.get("linked").asString()).isEqualTo("ORGANISATION");
        assertThat(via.get("maskedIdentifier").asString()).contains("*").isNotEqualTo(company.identifier());
        // a measure that does not extend stays with the company
        assertThat(codes(personal)).doesNotContain("bidding-exclusion");
        assertThat(check(approver, person.identifier(), "public-bidding", 201)
                        .get("decision")
                        .asString())
                .isNotEqualTo("RESTRICTED");
    }

    /** A check is a write and a purpose-bound read: one audit entry, naming the applicant, purpose and case. */
    @Test
    void aCheckLeavesOneAuditEntryNamingTheApplicantPurposeAndCase() {
        var company = register(Organisations.fresh(), "信用核查审计企业");
        String caseNumber = "ZFCG-AUDIT-" + UUID.randomUUID();
        Map<String, Object> request = new HashMap<>(request(company.identifier(), "government-procurement"));
        request.put("caseNumber", caseNumber);
        assertThat(approver.post("/api/v1/checks", request).status()).isEqualTo(201);

        List<Map<String, Object>> entries = jdbc.sql(
                        "SELECT action, subject_id, purpose, outcome FROM audit_log WHERE case_number = :c")
                .param("c", caseNumber)
                .query()
                .listOfRows();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo("credit.check");
            assertThat(((Number) e.get("subject_id")).longValue()).isEqualTo(company.subjectId());
            assertThat(e.get("purpose")).isEqualTo("PUBLIC_PROCUREMENT");
            assertThat(e.get("outcome")).isEqualTo("ALLOWED");
        });
        // the check's own entry stands for the write's: no second, subject-less entry for the same request
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE action = 'POST /api/v1/checks' AND outcome = 'ALLOWED'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNotifyAndCommitApprovalAsksACleanApplicantToSignTheCommitmentText() {
        var company = register(Organisations.fresh(), "信用核查承诺企业");

        JsonNode answer = check(approver, company.identifier(), "notify-and-commit-approval", 201);

        assertThat(answer.get("decision").asString()).isEqualTo("PROCEED_WITH_COMMITMENT");
        assertThat(answer.get("commitment").get("href").asString())
                .isEqualTo("/api/v1/commitment-templates/notify-and-commit-approval");
        assertThat(answer.get("commitment").get("textHash").asString()).hasSize(64);
        var template = new Http(port).get("/api/v1/commitment-templates/notify-and-commit-approval");
        assertThat(template.body().toString())
                .contains(answer.get("commitment").get("textHash").asString());
    }

    @Test
    void badRequestsAreRefusedWithTheFieldsAtFault() {
        var incomplete = approver.post("/api/v1/checks", Map.of("matterType", "no-such-matter"));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fields(incomplete.body()))
                .containsEntry("identifier", "required")
                .containsEntry("matterType", "matter-type-unknown")
                .containsEntry("purpose", "required")
                .containsEntry("caseNumber", "required");

        var unknown =
                approver.post("/api/v1/checks", request(Organisations.fresh().value(), "government-procurement"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("/code")).isEqualTo("subject-not-found");
        var invalid = approver.post("/api/v1/checks", request("91350100M000100Y44", "government-procurement"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text("/fields/0/field")).isEqualTo("identifier");

        var company = register(Organisations.fresh(), "信用核查目的企业");
        Map<String, Object> ownRequest = new HashMap<>(request(company.identifier(), "government-procurement"));
        ownRequest.put("purpose", "OWN_REQUEST");
        var notPermitted = approver.post("/api/v1/checks", ownRequest);
        assertThat(notPermitted.status()).isEqualTo(403);
        assertThat(notPermitted.text("/code")).isEqualTo("purpose-not-permitted");
        assertThat(notPermitted.text("/fields/0/field")).isEqualTo("purpose");
    }

    @Test
    void aBatchAnswersEveryApplicantInOrderAndAFileLineByLine() {
        var listed = register(Organisations.fresh(), "批量核查失信企业");
        fileDefault(listed);
        var clean = register(Organisations.fresh(), "批量核查守信企业");
        Map<String, Object> batch = procurementBatch(
                "ZFCG-2026-" + UUID.randomUUID(),
                List.of(
                        Map.of("identifier", listed.identifier()),
                        Map.of("identifier", "not-an-identifier"),
                        Map.of("identifier", clean.identifier(), "caseNumber", "ZFCG-OWN-1")));

        var answer = approver.post("/api/v1/checks/batches", batch);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("checked").asInt()).isEqualTo(2);
        assertThat(answer.body().get("refused").asInt()).isEqualTo(1);
        JsonNode results = answer.body().get("results");
        assertThat(results.get(0).get("answer").get("decision").asString()).isEqualTo("RESTRICTED");
        assertThat(results.get(1)
                        .get("problem")
                        .get("fields")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("identifier");
        assertThat(results.get(2).get("answer").get("caseNumber").asString()).isEqualTo("ZFCG-OWN-1");
        assertThat(results.get(2).get("answer").get("decision").asString()).isNotEqualTo("RESTRICTED");

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= CreditChecks.MAX_BATCH; i++) {
            tooMany.add(Map.of("identifier", clean.identifier()));
        }
        var refused = approver.post("/api/v1/checks/batches", procurementBatch("X", tooMany));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/code")).isEqualTo("too-many-applicants");

        String csv = "identifier,caseNumber\n" + listed.identifier() + ",F-1\n\"broken,F-2\n" + clean.identifier()
                + ",F-3\n";
        String lines = approver.raw()
                .post()
                .uri("/api/v1/checks/batches?matterType=government-procurement&purpose=PUBLIC_PROCUREMENT")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .retrieve()
                .body(String.class);
        List<JsonNode> parsed = lines.lines().map(JSON::readTree).toList();
        assertThat(parsed).hasSize(3);
        assertThat(parsed.get(0).get("index").asInt()).isEqualTo(2);
        assertThat(parsed.get(0).get("answer").get("decision").asString()).isEqualTo("RESTRICTED");
        assertThat(parsed.get(1).get("problem").get("code").asString()).isEqualTo("malformed-line");
        assertThat(parsed.get(2).get("answer").get("caseNumber").asString()).isEqualTo("F-3");
        assertThat(lines).doesNotContain(listed.identifier()).doesNotContain(clean.identifier());
    }

    /**
     * A batch is one write: when it records checks, their own entries stand for it; when every applicant was refused
     * and nothing was recorded, the request leaves its own entry.
     */
    @Test
    void aBatchThatRecordsNothingLeavesTheRequestsOwnAuditEntry() {
        String action = "POST /api/v1/checks/batches";
        long before = entries(action);
        var none = approver.post(
                "/api/v1/checks/batches",
                procurementBatch(
                        "NONE-" + UUID.randomUUID(),
                        List.of(Map.of("identifier", "not-an-identifier"), Map.of("identifier", "neither"))));
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body().get("refused").asInt()).isEqualTo(2);
        assertThat(entries(action)).isEqualTo(before + 1);

        var clean = register(Organisations.fresh(), "批量审计企业");
        var some = approver.post(
                "/api/v1/checks/batches",
                procurementBatch(
                        "SOME-" + UUID.randomUUID(),
                        List.of(Map.of("identifier", "not-an-identifier"), Map.of("identifier", clean.identifier()))));
        assertThat(some.body().get("checked").asInt()).isEqualTo(1);
        assertThat(entries(action))
                .as("the recorded check's own entry stands for the request")
                .isEqualTo(before + 1);
    }

    /** A batch for a procurement matter: the case number and the applicants. */
    private static Map<String, Object> procurementBatch(String caseNumber, List<?> applicants) {
        return Map.of(
                "matterType",
                "government-procurement",
                "purpose",
                "PUBLIC_PROCUREMENT",
                "caseNumber",
                caseNumber,
                "applicants",
                applicants);
    }

    private long entries(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :a")
                .param("a", action)
                .query(Long.class)
                .single();
    }

    /** A file longer than a slice of lines checked together: every line answered in order, each answer recorded. */
    @Test
    void aLongFileIsAnsweredInOrderAndEveryAnswerIsRecordedWithItsAuditEntry() {
        var clean = register(Organisations.fresh(), "批量文件核查企业");
        String prefix = "FILE-" + UUID.randomUUID() + "-";
        StringBuilder csv = new StringBuilder("identifier,caseNumber\n");
        int count = 250;
        for (int i = 0; i < count; i++) {
            csv.append(i % 50 == 7 ? "not-an-identifier" : clean.identifier())
                    .append(',')
                    .append(prefix)
                    .append(i)
                    .append('\n');
        }
        String lines = approver.raw()
                .post()
                .uri("/api/v1/checks/batches?matterType=government-procurement&purpose=PUBLIC_PROCUREMENT")
                .contentType(MediaType.parseMediaType("text/csv"))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .retrieve()
                .body(String.class);

        List<JsonNode> parsed = lines.lines().map(JSON::readTree).toList();
        assertThat(parsed).hasSize(count);
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            JsonNode result = parsed.get(i);
            assertThat(result.get("index").asInt()).isEqualTo(i + 2);
            if (i % 50 == 7) {
                assertThat(result.get("problem")
                                .get("fields")
                                .get(0)
                                .get("field")
                                .asString())
                        .isEqualTo("identifier");
            } else {
                assertThat(result.get("answer").get("caseNumber").asString()).isEqualTo(prefix + i);
                ids.add(result.get("answer").get("checkId").asLong());
            }
        }
        int checked = count - count / 50;
        assertThat(ids).hasSize(checked);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM credit_check WHERE case_number LIKE :p")
                        .param("p", prefix + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(checked);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE case_number LIKE :p AND action = 'credit.check'")
                        .param("p", prefix + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(checked);
    }

    @Test
    void theMeasuresCatalogueIsPublicAndANewEditionIsCheckedFieldByField() {
        var published = new Http(port).get("/api/v1/measures");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body().get("measures")).hasSizeGreaterThanOrEqualTo(14);

        var broken = creditOfficer.post(
                "/api/v1/measures/editions",
                Map.of(
                        "code",
                        "T" + (System.nanoTime() % 100000),
                        "title",
                        "test",
                        "effectiveFrom",
                        "2199-01-01",
                        "measures",
                        List.of(Map.of(
                                "code", "forced-pricing",
                                "contentZh", "强制",
                                "contentEn", "Forced",
                                "measureClass", "AUTONOMOUS",
                                "outcome", "RESTRICT",
                                "trigger", Map.of("lists", List.of("no-such-list")),
                                "matterTypes", List.of("government-procurement"),
                                "implementingDepartments", List.of("banks"),
                                "legalBasis", "none",
                                "effectiveFrom", "2199-01-01"))));
        assertThat(broken.status()).isEqualTo(422);
        assertThat(fields(broken.body()))
                .containsEntry("measures[0].outcome", "autonomous-not-binding")
                .containsEntry("measures[0].trigger.lists[0]", "list-unknown");
    }

    private JsonNode check(Http client, String identifier, String matterType, int status) {
        var response = client.post("/api/v1/checks", request(identifier, matterType));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.body().toString()).doesNotContain(identifier);
        return response.body();
    }

    private static Map<String, Object> request(String identifier, String matterType) {
        return Map.of(
                "identifier",
                identifier,
                "matterType",
                matterType,
                "purpose",
                "PUBLIC_PROCUREMENT",
                "caseNumber",
                "ZFCG-2026-" + UUID.randomUUID());
    }

    private record Registered(long subjectId, String identifier) {}

    private Registered register(SubjectIdentifier identifier, String name) {
        long id =
                subjects.register(new NewSubject(identifier, name, null, null)).subjectId();
        return new Registered(id, identifier.value());
    }

    /** The court files a default record over HTTP; the list's rule puts the company on the list. */
    private ListEntry fileDefault(Registered company) {
        Map<String, Object> record = new HashMap<>();
        record.put("provider", COURT);
        record.put("identifier", company.identifier());
        record.put("recordType", "dishonest-judgment-debtor");
        record.put("severity", "SERIOUS");
        record.put("sourceReference", "(2026)闽01执" + UUID.randomUUID());
        record.put("decisionNumber", "(2026)闽01执77号");
        record.put("legalBasis", "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条");
        record.put("decisionDate", today.minusDays(3).toString());
        record.put("summary", "有履行能力而拒不履行生效法律文书确定的义务");
        var filed = court.post("/api/v1/records", record);
        assertThat(filed.status()).as(filed.body().toString()).isEqualTo(201);
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> lists.entriesOf(company.subjectId()).stream()
                                .filter(e -> e.listCode().equals("dishonest-judgment-debtors")
                                        && e.status() == EntryStatus.ACTIVE)
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode measure(JsonNode answer, String code) {
        for (JsonNode m : answer.get("measures")) {
            if (m.get("code").asString().equals(code)) {
                return m;
            }
        }
        throw new AssertionError("no measure " + code + " in " + codes(answer));
    }

    private static List<String> codes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.get("measures").forEach(m -> codes.add(m.get("code").asString()));
        return codes;
    }

    private static JsonNode find(JsonNode feedback, String code) {
        for (JsonNode f : feedback) {
            if (f.get("measureCode").asString().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no feedback on " + code);
    }

    private static Map<String, String> fields(JsonNode problem) {
        Map<String, String> fields = new HashMap<>();
        problem.get("fields")
                .forEach(
                        f -> fields.put(f.get("field").asString(), f.get("code").asString()));
        return fields;
    }
}
