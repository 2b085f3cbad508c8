package org.credence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.credence.access.AccessAdministration;
import org.credence.access.AuditEntry;
import org.credence.access.AuditQuery;
import org.credence.access.AuditTrail;
import org.credence.access.Role;
import org.credence.shared.PageRequest;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectRegistry;
import org.credence.support.Http;
import org.credence.support.Organisations;
import org.credence.support.TestAccounts;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Single submissions and the record read API over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmissionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    SubjectRegistry subjects;

    Http http;

    @Autowired
    AccessAdministration administration;

    @Autowired
    AuditTrail audit;

    String company;

    long companyId;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(administration, subjects, "fz-market-supervision");
        http = new Http(accounts.client(port, Role.PROVIDER));
        var code = Organisations.fresh();
        companyId = subjects.register(new NewSubject(code, "福州某某食品有限公司", null, null))
                .subjectId();
        company = code.value();
    }

    @Test
    void aSubmissionLeavesOneAuditEntryNamingItsSubjectAndRecord() {
        var filed = http.post("/api/v1/records", penalty("FZSJ-" + UUID.randomUUID()));
        assertThat(filed.status()).isEqualTo(201);
        long recordId = filed.body().get("recordId").asLong();
        var refused = http.post("/api/v1/records", Map.of("provider", "fz-market-supervision", "identifier", company));
        assertThat(refused.status()).isEqualTo(400);

        audit.seal();
        var entries = audit.query(
                        new AuditQuery(null, accounts.name(Role.PROVIDER), null, null, null), new PageRequest(0, 50))
                .items();
        assertThat(entries)
                .as("one entry for the filed record, one for the refused request")
                .hasSize(2);
        assertThat(entries)
                .filteredOn(r -> r.entry().outcome() == AuditEntry.Outcome.ALLOWED)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.entry().action()).isEqualTo("record.submit");
                    assertThat(r.entry().subjectId()).isEqualTo(companyId);
                    assertThat(r.entry().organisation()).isEqualTo("fz-market-supervision");
                    assertThat(r.entry().detail()).isEqualTo("record " + recordId + " FILED (version 1)");
                });
        assertThat(entries)
                .filteredOn(r -> r.entry().outcome() != AuditEntry.Outcome.ALLOWED)
                .singleElement()
                .satisfies(r -> assertThat(r.entry().action()).isEqualTo("POST /api/v1/records"));
    }

    Map<String, Object> penalty(String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("provider", "fz-market-supervision");
        body.put("identifier", company);
        body.put("recordType", "administrative-penalty");
        body.put("severity", "SERIOUS");
        body.put("sourceReference", reference);
        body.put("decisionNumber", "榕市监罚〔2026〕88号");
        body.put("legalBasis", "《中华人民共和国食品安全法》第一百二十四条");
        body.put("decisionDate", "2026-06-15");
        body.put("summary", "生产经营超范围使用食品添加剂的食品");
        body.put("payload", Map.of("fineYuan", 150000, "confiscated", true));
        return body;
    }

    @Test
    void filesCorrectsAndLeavesUnchangedIdempotently() {
        String reference = "FZSJ-" + UUID.randomUUID();
        var filed = http.post("/api/v1/records", penalty(reference));
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.text("/outcome")).isEqualTo("FILED");
        long id = filed.body().get("recordId").asLong();

        var again = http.post("/api/v1/records", penalty(reference));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("/outcome")).isEqualTo("UNCHANGED");
        assertThat(again.body().get("recordId").asLong()).isEqualTo(id);

        var changed = penalty(reference);
        changed.put("payload", Map.of("confiscated", true, "fineYuan", 120000));
        changed.put("reason", "复议决定变更罚款金额");
        var corrected = http.post("/api/v1/records", changed);
        assertThat(corrected.text("/outcome")).isEqualTo("CORRECTED");
        assertThat(corrected.text("/changes/0/field")).isEqualTo("payload");

        var record = http.get("/api/v1/records/{id}", id);
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.text("/status")).isEqualTo("CORRECTED");
        assertThat(record.text("/version")).isEqualTo("2");
        assertThat(record.text("/payload/fineYuan")).isEqualTo("120000");
        assertThat(record.text("/publicity/publicationDate")).isEqualTo("2026-06-15");
        assertThat(record.text("/publicity/minimumEnd")).isEqualTo("2027-06-15");
        assertThat(record.text("/publicity/maximumEnd")).isEqualTo("2029-06-15");
        assertThat(record.body().get("history").findValuesAsString("kind")).containsExactly("FILED", "CORRECTED");
        assertThat(record.text("/history/1/reason")).isEqualTo("复议决定变更罚款金额");
        assertThat(record.toString()).doesNotContain(company);
    }

    @Test
    void listsASubjectsRecordsPageByPageWithFilters() {
        for (int i = 0; i < 3; i++) {
            http.post("/api/v1/records", penalty("FZSJ-" + UUID.randomUUID()));
        }
        var licence = new HashMap<String, Object>();
        licence.put("provider", "fz-market-supervision");
        licence.put("identifier", company);
        licence.put("recordType", "administrative-licence");
        licence.put("sourceReference", "XK-" + UUID.randomUUID());
        licence.put("decisionNumber", "JY13501000012345");
        licence.put("legalBasis", "《食品经营许可和备案管理办法》");
        licence.put("decisionDate", "2025-03-01");
        licence.put("effectiveFrom", "2025-03-01");
        licence.put("effectiveTo", "2030-02-28");
        licence.put("summary", "食品经营许可证");
        assertThat(http.post("/api/v1/records", licence).status()).isEqualTo(201);

        var page = http.get("/api/v1/subjects/{id}/records?size=2", company);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("items").size()).isEqualTo(2);
        assertThat(page.text("/hasMore")).isEqualTo("true");
        var second = http.get("/api/v1/subjects/{id}/records?size=2&page=1", company);
        assertThat(second.body().get("items").size()).isEqualTo(2);
        assertThat(second.text("/hasMore")).isEqualTo("false");
        var licences = http.get("/api/v1/subjects/{id}/records?type=administrative-licence", company);
        assertThat(licences.body().get("items").size()).isEqualTo(1);
        assertThat(licences.text("/items/0/publicity/maximumEnd")).isEqualTo("2030-02-28");
        var dated = http.get("/api/v1/subjects/{id}/records?from=2026-01-01&to=2026-12-31&status=ACTIVE", company);
        assertThat(dated.body().get("items").size()).isEqualTo(3);
        assertThat(http.get(
                                "/api/v1/subjects/{id}/records",
                                TestIdentifiers.person().value())
                        .text("/code"))
                .isEqualTo("subject-unknown");
        assertThat(http.get("/api/v1/subjects/{id}/records", "91350100M000100Y44")
                        .text("/code"))
                .isEqualTo("identifier-check");
    }

    @Test
    void rejectsWithEveryProblemAndItsStableCode() {
        var bad = penalty("FZSJ-" + UUID.randomUUID());
        bad.remove("legalBasis");
        bad.put("severity", "HUGE");
        bad.put("decisionDate", "2026-02-30");
        var rejected = http.post("/api/v1/records", bad);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body().get("fields").findValuesAsString("code"))
                .containsExactlyInAnyOrder("invalid-severity", "invalid-date", "legal-basis-required");

        var unknown = penalty("FZSJ-" + UUID.randomUUID());
        unknown.put("identifier", Organisations.fresh().value());
        var refused = http.post("/api/v1/records", unknown);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("/code")).isEqualTo("subject-unknown");
        assertThat(refused.text("/fields/0/field")).isEqualTo("identifier");

        var stranger = penalty("FZSJ-" + UUID.randomUUID());
        stranger.put("provider", "no-such-provider");
        assertThat(http.post("/api/v1/records", stranger).text("/code")).isEqualTo("not-own-provider");
        var unknownProvider =
                new Http(new TestAccounts(administration, subjects, "no-such-provider").client(port, Role.PROVIDER));
        assertThat(unknownProvider.post("/api/v1/records", stranger).text("/code"))
                .isEqualTo("unknown-provider");

        var notPermitted = penalty("FZSJ-" + UUID.randomUUID());
        notPermitted.put("recordType", "dishonest-judgment-debtor");
        assertThat(http.post("/api/v1/records", notPermitted).text("/code")).isEqualTo("type-not-permitted");
        assertThat(http.get("/api/v1/records/{id}", Long.MAX_VALUE).status()).isEqualTo(404);
    }

    @Test
    void neverDeletesARecord() {
        long id = http.post("/api/v1/records", penalty("FZSJ-" + UUID.randomUUID()))
                .body()
                .get("recordId")
                .asLong();
        var response = org.springframework.web.client.RestClient.create("http://localhost:" + port)
                .delete()
                .uri("/api/v1/records/{id}", id)
                .exchange((request, r) -> r.getStatusCode().value());
        // No handler and no policy rule: refused before Spring MVC could answer 405.
        assertThat(response).isIn(401, 403, 405);
        assertThat(http.get("/api/v1/records/{id}", id).status()).isEqualTo(200);
        assertThat(List.of(id)).isNotEmpty();
    }
}
