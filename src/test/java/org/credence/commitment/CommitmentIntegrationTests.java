package org.credence.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.credence.access.AccessAdministration;
import org.credence.access.Role;
import org.credence.catalog.Severity;
import org.credence.record.CreditRecord;
import org.credence.record.RecordFilter;
import org.credence.record.RecordStatus;
import org.credence.record.RecordStore;
import org.credence.shared.PageRequest;
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
import tools.jackson.databind.JsonNode;

/**
 * Commitments over real HTTP: public templates and a new version, signatures by the applicant and by its department,
 * the text's hash, and findings of fulfilment and breach with the records they file, idempotent and corrected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentIntegrationTests {

    private static final AtomicInteger CASES = new AtomicInteger();
    private static final String MATTER = "government-procurement";

    @LocalServerPort
    int port;

    @Autowired
    AccessAdministration administration;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    RecordStore records;

    @Autowired
    Commitments commitments;

    TestAccounts department;
    TestAccounts otherDepartment;
    TestAccounts providerDepartment;
    String lastIdentifier = "";

    @BeforeAll
    void accounts() {
        department = new TestAccounts(administration, subjects, "COMMIT-TEST-DEPT");
        otherDepartment = new TestAccounts(administration, subjects, "COMMIT-TEST-OTHER");
        providerDepartment = new TestAccounts(administration, subjects, "fz-public-resource-trading");
    }

    @Test
    void templatesArePublicWithTheirHash() {
        var all = anonymous().get("/api/v1/commitment-templates");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().valueStream().map(t -> t.path("matterType").asString()))
                .contains(
                        "government-procurement",
                        "public-bidding",
                        "administrative-licensing",
                        "enterprise-qualification",
                        "fiscal-subsidy");
        var one = anonymous().get("/api/v1/commitment-templates/{m}", MATTER);
        assertThat(one.status()).isEqualTo(200);
        JsonNode inForce = one.body().path("inForce");
        assertThat(inForce.path("textHash").asString())
                .isEqualTo(CommitmentTemplate.hash(
                        inForce.path("textZh").asString(),
                        inForce.path("textEn").asString()));
        assertThat(commitments.templateFor(MATTER).orElseThrow().textHash())
                .isEqualTo(inForce.path("textHash").asString());
        assertThat(anonymous()
                        .get("/api/v1/commitment-templates/{m}", "double-random-inspection")
                        .text("/code"))
                .isEqualTo("no-commitment-template");
    }

    @Test
    void aCreditOfficerAddsAVersionAfterTheRules() {
        var officer = new Http(department.client(port, Role.CREDIT_OFFICER));
        var invalid = officer.post(
                "/api/v1/commitment-templates",
                Map.of("matterType", "no-such-matter", "textZh", "English only", "effectiveFrom", "2020-01-01"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text("/code")).isEqualTo("template-invalid");
        assertThat(invalid.body()
                        .path("fields")
                        .valueStream()
                        .map(f -> f.path("field").asString() + " "
                                + f.path("code").asString()))
                .containsExactlyInAnyOrder(
                        "matterType unknown-matter-type",
                        "textZh not-chinese",
                        "textEn required",
                        "effectiveFrom effective-in-past");

        String matter = "honour-selection";
        int before = commitments.versions(matter).size();
        String zh = "本单位承诺申报评优评先的材料真实，第" + CASES.incrementAndGet() + "版。";
        var added = officer.post(
                "/api/v1/commitment-templates",
                Map.of("matterType", matter, "textZh", zh, "textEn", "We commit.", "effectiveFrom", "2099-01-01"));
        assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
        assertThat(added.body().path("version").asInt()).isEqualTo(before + 1);
        assertThat(added.text("/textHash")).isEqualTo(CommitmentTemplate.hash(zh, "We commit."));
        var same = officer.post(
                "/api/v1/commitment-templates",
                Map.of("matterType", matter, "textZh", zh, "textEn", "We commit.", "effectiveFrom", "2099-02-01"));
        assertThat(same.text("/code")).isEqualTo("template-unchanged");
        assertThat(commitments
                        .templateFor(matter)
                        .map(CommitmentTemplate::version)
                        .orElse(0))
                .as("a version effective in 2099 is not in force")
                .isLessThan(before + 1);
    }

    @Test
    void theApplicantSignsTheExactTextForItsOwnFile() {
        var subject = new Http(department.client(port, Role.SUBJECT));
        CommitmentTemplate template = commitments.templateFor(MATTER).orElseThrow();
        String caseNumber = caseNumber();

        var wrongHash = subject.post(
                "/api/v1/commitments", signing(department.subjectIdentifier(), caseNumber, "0".repeat(64)));
        assertThat(wrongHash.status()).isEqualTo(409);
        assertThat(wrongHash.text("/code")).isEqualTo("text-hash-mismatch");

        var otherFile = subject.post(
                "/api/v1/commitments", signing(otherDepartment.subjectIdentifier(), caseNumber, template.textHash()));
        assertThat(otherFile.status()).isEqualTo(403);
        assertThat(otherFile.text("/code")).isEqualTo("not-own-file");

        var oldVersion = subject.post(
                "/api/v1/commitments",
                Map.of(
                        "identifier",
                        department.subjectIdentifier(),
                        "matterType",
                        MATTER,
                        "caseNumber",
                        caseNumber,
                        "department",
                        "COMMIT-TEST-DEPT",
                        "templateVersion",
                        template.version() + 5,
                        "textHash",
                        template.textHash()));
        assertThat(oldVersion.text("/code")).isEqualTo("template-not-current");

        var signed = subject.post(
                "/api/v1/commitments", signing(department.subjectIdentifier(), caseNumber, template.textHash()));
        assertThat(signed.status()).as(signed.body().toString()).isEqualTo(201);
        assertThat(signed.text("/signedAs")).isEqualTo("SUBJECT");
        assertThat(signed.text("/department")).isEqualTo("COMMIT-TEST-DEPT");
        assertThat(signed.text("/textHash")).isEqualTo(template.textHash());
        assertThat(signed.text("/maskedIdentifier")).contains("*");
        assertThat(signed.body().toString()).doesNotContain(department.subjectIdentifier());

        CreditRecord record =
                records.find(signed.body().path("recordId").asLong()).orElseThrow();
        assertThat(record.recordType()).isEqualTo("credit-commitment");
        assertThat(record.providerCode()).isEqualTo("fz-credit-centre");
        assertThat(record.subjectId()).isEqualTo(department.subjectId());

        var again = subject.post(
                "/api/v1/commitments", signing(department.subjectIdentifier(), caseNumber, template.textHash()));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("commitmentId").asLong())
                .isEqualTo(signed.body().path("commitmentId").asLong());
    }

    @Test
    void onlyTheCaseDepartmentRecordsAFindingOnceAndCorrectsItExplicitly() {
        long subjectId = organisation();
        String identifier = lastIdentifier;
        var approver = new Http(department.client(port, Role.APPROVER));
        CommitmentTemplate template = commitments.templateFor(MATTER).orElseThrow();
        var signed = approver.post(
                "/api/v1/commitments",
                Map.of(
                        "identifier", identifier,
                        "matterType", MATTER,
                        "caseNumber", caseNumber(),
                        "textHash", template.textHash(),
                        "dueDate", LocalDate.now().plusMonths(3).toString()));
        assertThat(signed.status()).as(signed.body().toString()).isEqualTo(201);
        assertThat(signed.text("/signedAs")).isEqualTo("APPROVER");
        long id = signed.body().path("commitmentId").asLong();

        var stranger = new Http(otherDepartment.client(port, Role.APPROVER))
                .post("/api/v1/commitments/" + id + "/breach", breach("late"));
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.text("/code")).isEqualTo("not-case-department");

        var incomplete = approver.post("/api/v1/commitments/" + id + "/breach", Map.of("reason", "late"));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete
                        .body()
                        .path("fields")
                        .valueStream()
                        .map(f -> f.path("field").asString()))
                .containsExactlyInAnyOrder("severity", "decisionNumber", "legalBasis");
        var noReason = approver.post("/api/v1/commitments/" + id + "/fulfilment", Map.of());
        assertThat(noReason.text("/code")).isEqualTo("reason-required");

        var breached = approver.post("/api/v1/commitments/" + id + "/breach", breach("documents not supplied"));
        assertThat(breached.status()).as(breached.body().toString()).isEqualTo(200);
        assertThat(breached.text("/outcome")).isEqualTo("BREACHED");
        long breachRecordId = breached.body().path("breachRecordId").asLong();
        CreditRecord breachRecord = records.find(breachRecordId).orElseThrow();
        assertThat(breachRecord.recordType()).isEqualTo("commitment-breach");
        assertThat(breachRecord.severity()).isEqualTo(Severity.GENERAL);
        assertThat(breachRecord.providerCode()).isEqualTo("fz-credit-centre");
        assertThat(breachRecord.legalBasis()).isEqualTo("《优化营商环境条例》第三十七条");

        var repeated = approver.post("/api/v1/commitments/" + id + "/breach", breach("documents not supplied"));
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(breachRecords(subjectId))
                .as("the same finding twice files once")
                .isEqualTo(1);

        var changedMind = approver.post(
                "/api/v1/commitments/" + id + "/fulfilment", Map.of("reason", "documents supplied after all"));
        assertThat(changedMind.status()).isEqualTo(409);
        assertThat(changedMind.text("/code")).isEqualTo("outcome-recorded");

        var corrected = approver.post(
                "/api/v1/commitments/" + id + "/fulfilment",
                Map.of("reason", "documents were supplied on time; breach found in error", "correction", true));
        assertThat(corrected.status()).as(corrected.body().toString()).isEqualTo(200);
        assertThat(corrected.text("/outcome")).isEqualTo("FULFILLED");
        assertThat(corrected.body().path("breachRecordId").isNull()).isTrue();
        assertThat(records.find(breachRecordId).orElseThrow().status()).isEqualTo(RecordStatus.REVOKED);
        assertThat(corrected
                        .body()
                        .path("history")
                        .valueStream()
                        .map(e -> e.path("kind").asString() + " "
                                + e.path("outcome").asString()))
                .containsExactly("SIGNED OPEN", "FINDING BREACHED", "CORRECTION FULFILLED");
        CreditRecord commitmentRecord =
                records.find(corrected.body().path("recordId").asLong()).orElseThrow();
        assertThat(commitmentRecord.effectiveTo())
                .as("a fulfilled commitment's record ends on the day of fulfilment")
                .isEqualTo(LocalDate.parse(corrected.text("/outcomeDate")));

        var breachedAgain = approver.post(
                "/api/v1/commitments/" + id + "/breach",
                Map.of(
                        "reason", "false declaration found later",
                        "correction", true,
                        "severity", "SERIOUS",
                        "decisionNumber", "榕承违〔2026〕2号",
                        "legalBasis", "《优化营商环境条例》第三十七条"));
        assertThat(breachedAgain.status()).as(breachedAgain.body().toString()).isEqualTo(200);
        assertThat(breachedAgain.body().path("breachRecordId").asLong()).isNotEqualTo(breachRecordId);
        assertThat(breachRecords(subjectId)).isEqualTo(2);
    }

    @Test
    void aDepartmentThatIsAProviderFilesItself() {
        organisation();
        var approver = new Http(providerDepartment.client(port, Role.APPROVER));
        var signed = approver.post(
                "/api/v1/commitments",
                Map.of(
                        "identifier",
                        lastIdentifier,
                        "matterType",
                        "public-bidding",
                        "caseNumber",
                        caseNumber(),
                        "textHash",
                        commitments.templateFor("public-bidding").orElseThrow().textHash()));
        assertThat(signed.status()).as(signed.body().toString()).isEqualTo(201);
        assertThat(records.find(signed.body().path("recordId").asLong())
                        .orElseThrow()
                        .providerCode())
                .isEqualTo("fz-public-resource-trading");
    }

    @Test
    void aSubjectsCommitmentsAreReadUnderAPurposeAndMasked() {
        organisation();
        String identifier = lastIdentifier;
        var approver = new Http(department.client(port, Role.APPROVER));
        var signed = approver.post(
                "/api/v1/commitments",
                Map.of(
                        "identifier",
                        identifier,
                        "matterType",
                        MATTER,
                        "caseNumber",
                        caseNumber(),
                        "textHash",
                        commitments.templateFor(MATTER).orElseThrow().textHash()));
        long id = signed.body().path("commitmentId").asLong();

        var list = approver.get("/api/v1/subjects/{identifier}/commitments", identifier);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()
                        .path("items")
                        .valueStream()
                        .map(c -> c.path("commitmentId").asLong()))
                .containsExactly(id);
        assertThat(list.body().toString()).doesNotContain(identifier);

        var withoutPurpose = new Http(org.springframework.web.client.RestClient.builder()
                        .baseUrl("http://localhost:" + port)
                        .defaultHeader("Authorization", "ApiKey " + department.token(Role.APPROVER))
                        .build())
                .get("/api/v1/subjects/{identifier}/commitments", identifier);
        assertThat(withoutPurpose.text("/code")).isEqualTo("purpose-required");

        var foreignSubject = new Http(otherDepartment.client(port, Role.SUBJECT)).get("/api/v1/commitments/" + id);
        assertThat(foreignSubject.status()).isEqualTo(403);
        assertThat(foreignSubject.text("/code")).isEqualTo("not-own-file");
        assertThat(new Http(department.client(port, Role.CREDIT_OFFICER))
                        .get("/api/v1/commitments/" + id)
                        .status())
                .isEqualTo(200);
    }

    /** A fresh enterprise on file; its identifier in {@link #lastIdentifier}. */
    private long organisation() {
        var code = Organisations.fresh();
        lastIdentifier = code.value();
        return subjects.register(new NewSubject(code, "承诺测试有限公司", null, null)).subjectId();
    }

    private long breachRecords(long subjectId) {
        return records.ofSubject(
                        subjectId, new RecordFilter("commitment-breach", null, null, null), new PageRequest(0, 50))
                .items()
                .size();
    }

    private static Map<String, Object> signing(String identifier, String caseNumber, String hash) {
        return Map.of(
                "identifier", identifier,
                "matterType", MATTER,
                "caseNumber", caseNumber,
                "department", "COMMIT-TEST-DEPT",
                "textHash", hash);
    }

    private static Map<String, Object> breach(String reason) {
        return Map.of(
                "reason", reason,
                "severity", "general",
                "decisionNumber", "榕承违〔2026〕1号",
                "legalBasis", "《优化营商环境条例》第三十七条");
    }

    private static String caseNumber() {
        return "闽采〔2026〕" + System.nanoTime() % 1_000_000 + "-" + CASES.incrementAndGet();
    }

    private Http anonymous() {
        return new Http(port);
    }
}
