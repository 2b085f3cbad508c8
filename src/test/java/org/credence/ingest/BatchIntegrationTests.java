package org.credence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.credence.access.AccessAdministration;
import org.credence.access.Role;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Bulk submission over real HTTP: per-line and atomic batches, malformed files, idempotent resubmission. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BatchIntegrationTests {

    static final String HEADER = "identifier,recordType,severity,sourceReference,decisionNumber,legalBasis,"
            + "decisionDate,effectiveFrom,effectiveTo,summary,payload,reason\n";
    static final String PROVIDER = "fz-market-supervision";

    @LocalServerPort
    int port;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @Autowired
    AccessAdministration administration;

    String company;
    String person;
    String prefix;

    @BeforeEach
    void setUp() {
        http = new Http(
                new TestAccounts(administration, subjects, "fz-market-supervision").client(port, Role.PROVIDER));
        company = subjects.register(new NewSubject(Organisations.fresh(), "福州某某建材有限公司", null, null))
                .maskedIdentifier();
        var code = Organisations.fresh();
        subjects.register(new NewSubject(code, "福州某某餐饮有限公司", null, null));
        company = code.value();
        var number = TestIdentifiers.person();
        subjects.register(new NewSubject(number, "林某", null, null));
        person = number.value();
        prefix = "B-" + UUID.randomUUID() + "-";
    }

    String penalty(String identifier, String reference, String summary) {
        return identifier + ",administrative-penalty,GENERAL," + prefix + reference
                + ",榕市监罚〔2026〕1号,\"《中华人民共和国行政处罚法》第二十八条, 第三十二条\",2026-03-02,,,"
                + summary + ",\"{\"\"fineYuan\"\":3000}\",\n";
    }

    JsonNode submit(String fileName, byte[] content, String mode) {
        var accepted = http.upload("/api/v1/records/batches", fileName, content, "provider", PROVIDER, "mode", mode);
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        return waitFor(accepted.body().get("batchId").asLong());
    }

    JsonNode waitFor(long batchId) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode batch = http.get("/api/v1/records/batches/{id}", batchId).body();
            String status = batch.get("status").asString();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return batch;
            }
            assertThat(System.currentTimeMillis())
                    .as("batch %d still %s", batchId, status)
                    .isLessThan(deadline);
            sleep(100);
        }
    }

    List<JsonNode> rejections(JsonNode batch) {
        var page = http.get(
                "/api/v1/records/batches/{id}/rejections?size=500",
                batch.get("batchId").asLong());
        return page.body().get("items").valueStream().toList();
    }

    long stored(String referencePrefix) {
        return jdbc.sql("SELECT COUNT(*) FROM credit_record WHERE source_reference LIKE :p")
                .param("p", referencePrefix + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void perLineBatchStoresTheGoodLinesAndReportsEachBadOne() {
        String unknown = Organisations.fresh().value();
        String csv = HEADER
                + penalty(company, "1", "占道经营")
                + penalty(company, "2", "未按规定公示")
                + penalty(unknown, "3", "未知主体")
                + penalty(company, "4", "缺少依据").replace("\"《中华人民共和国行政处罚法》第二十八条, 第三十二条\"", "")
                + person + ",abnormal-operations,GENERAL," + prefix + "5,文号,依据,2026-01-01,,,自然人不适用,,\n"
                + penalty(person, "6", "个人处罚");
        JsonNode batch = submit("penalties.csv", csv.getBytes(StandardCharsets.UTF_8), "PER_LINE");
        assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(batch.get("totalLines").asLong()).isEqualTo(7);
        assertThat(batch.get("linesRead").asLong()).isEqualTo(7);
        assertThat(batch.get("accepted").asLong()).isEqualTo(3);
        assertThat(batch.get("rejected").asLong()).isEqualTo(3);
        assertThat(rejections(batch))
                .extracting(r -> r.get("line").asLong() + " " + r.get("field").asString() + " "
                        + r.get("code").asString())
                .containsExactly(
                        "4 identifier subject-unknown",
                        "5 legalBasis legal-basis-required",
                        "6 identifier type-not-applicable");
        assertThat(rejections(batch).getFirst().get("message").asString()).doesNotContain(unknown);
        assertThat(stored(prefix)).isEqualTo(3);
    }

    @Test
    void atomicBatchStoresNothingWhenOneLineIsBad() {
        String csv = HEADER
                + penalty(company, "1", "一")
                + penalty(company, "2", "二").replace("2026-03-02", "2099-01-01")
                + penalty(company, "3", "三");
        JsonNode batch = submit("atomic.csv", csv.getBytes(StandardCharsets.UTF_8), "ATOMIC");
        assertThat(batch.get("status").asString()).isEqualTo("REJECTED");
        assertThat(batch.get("accepted").asLong()).isZero();
        assertThat(rejections(batch)).singleElement().satisfies(r -> {
            assertThat(r.get("line").asLong()).isEqualTo(3);
            assertThat(r.get("code").asString()).isEqualTo("decision-date-in-future");
        });
        assertThat(stored(prefix)).isZero();

        String clean = HEADER + penalty(company, "1", "一") + penalty(company, "3", "三");
        JsonNode done = submit("atomic.csv", clean.getBytes(StandardCharsets.UTF_8), "ATOMIC");
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("accepted").asLong()).isEqualTo(2);
        assertThat(stored(prefix)).isEqualTo(2);
    }

    @Test
    void atomicBatchIsRejectedByARepeatedReferenceAcrossTheFile() {
        String csv = HEADER + penalty(company, "1", "一") + penalty(company, "2", "二") + penalty(company, "1", "一");
        JsonNode batch = submit("atomic.csv", csv.getBytes(StandardCharsets.UTF_8), "ATOMIC");
        assertThat(batch.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejections(batch)).singleElement().satisfies(r -> {
            assertThat(r.get("line").asLong()).isEqualTo(4);
            assertThat(r.get("code").asString()).isEqualTo("duplicate-line");
            assertThat(r.get("message").asString()).contains("line 2");
        });
        assertThat(stored(prefix)).isZero();
    }

    @Test
    void malformedLinesGetPreciseLineErrorsAndStoreNothingWrong() {
        var file = new ByteArrayOutputStream();
        file.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        file.writeBytes(penalty(company, "1", "好").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(penalty(company, "2", "坏").replace("坏", "X\u0000").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(penalty(company, "3", "ab").getBytes(StandardCharsets.UTF_8));
        byte[] bad = penalty(company, "4", "latin1 caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        file.writeBytes(bad);
        file.writeBytes(("x".repeat(70_000) + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        file.writeBytes((company + ",administrative-penalty,GENERAL\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes((company + ",\"unterminated,x\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(
                penalty(company, "9", "日期").replace("2026-03-02", "02/03/2026").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(penalty(company, "10", "金额")
                .replace("{\"\"fineYuan\"\":3000}", "[1,2]")
                .getBytes(StandardCharsets.UTF_8));
        file.writeBytes(penalty(company, "1", "重复").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(penalty(company, "12", "最后").getBytes(StandardCharsets.UTF_8));
        JsonNode batch = submit("mixed.csv", file.toByteArray(), "PER_LINE");
        assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(batch.get("accepted").asLong()).isEqualTo(3);
        assertThat(rejections(batch))
                .extracting(r -> r.get("line").asLong() + " " + r.get("field").asString() + " "
                        + r.get("code").asString())
                .containsExactly(
                        "3 summary control-character",
                        "5 line bad-encoding",
                        "6 line line-too-long",
                        "7 line empty-line",
                        "8 line column-count",
                        "9 line malformed-csv",
                        "10 decisionDate invalid-date",
                        "11 payload invalid-payload",
                        "12 sourceReference duplicate-line");
        assertThat(stored(prefix)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT summary FROM credit_record WHERE source_reference = :r")
                        .param("r", prefix + "1")
                        .query(String.class)
                        .single())
                .isEqualTo("好");
    }

    @Test
    void aHeaderWithoutRequiredColumnsFailsTheBatchOnLineOne() {
        String csv = "identifier,recordType,sourceReference,summary,colour\n" + company + ",administrative-penalty,"
                + prefix + "1,x,red\n";
        JsonNode batch = submit("bad-header.csv", csv.getBytes(StandardCharsets.UTF_8), "PER_LINE");
        assertThat(batch.get("status").asString()).isEqualTo("FAILED");
        assertThat(rejections(batch))
                .extracting(r -> r.get("line").asLong() + " " + r.get("field").asString() + " "
                        + r.get("code").asString())
                .containsExactlyInAnyOrder("1 colour unknown-column", "1 decisionDate missing-column");
        assertThat(stored(prefix)).isZero();
    }

    @Test
    void jsonLinesAreCheckedForTypesAndUnknownFields() {
        String good = "{\"identifier\":\"" + company + "\",\"recordType\":\"administrative-penalty\",\"severity\":"
                + "\"MINOR\",\"sourceReference\":\"" + prefix + "1\",\"decisionNumber\":\"榕市监罚〔2026〕7号\","
                + "\"legalBasis\":\"《行政处罚法》\",\"decisionDate\":\"2026-04-01\",\"summary\":\"简易程序\","
                + "\"payload\":{\"fineYuan\":200}}";
        String jsonl = good + "\n"
                + good.replace("\"2026-04-01\"", "20260401").replace(prefix + "1", prefix + "2") + "\n"
                + good.replace("\"summary\"", "\"summery\"").replace(prefix + "1", prefix + "3") + "\n"
                + "{\"identifier\": \n"
                + "[1,2,3]\n"
                + good.replace("{\"fineYuan\":200}", "\"200\"").replace(prefix + "1", prefix + "6") + "\n";
        JsonNode batch = submit("records.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), "PER_LINE");
        assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(batch.get("accepted").asLong()).isEqualTo(1);
        assertThat(rejections(batch))
                .extracting(r -> r.get("line").asLong() + " " + r.get("field").asString() + " "
                        + r.get("code").asString())
                .containsExactly(
                        "2 decisionDate invalid-type",
                        "3 summery unknown-field",
                        "4 line malformed-json",
                        "5 line malformed-json",
                        "6 payload invalid-type");
        var record = http.get("/api/v1/subjects/{id}/records?type=administrative-penalty", company);
        assertThat(record.text("/items/0/publicity/publicationDate")).isEmpty();
    }

    @Test
    void resubmittingAFileChangesNothingAndAChangedLineIsACorrection() {
        String csv = HEADER + penalty(company, "1", "一") + penalty(company, "2", "二");
        assertThat(submit("a.csv", csv.getBytes(StandardCharsets.UTF_8), "PER_LINE")
                        .get("accepted")
                        .asLong())
                .isEqualTo(2);
        JsonNode again = submit("a.csv", csv.getBytes(StandardCharsets.UTF_8), "PER_LINE");
        assertThat(again.get("unchanged").asLong()).isEqualTo(2);
        assertThat(again.get("accepted").asLong()).isZero();
        JsonNode changed = submit("a.csv", csv.replace(",二,", ",二（更正）,").getBytes(StandardCharsets.UTF_8), "PER_LINE");
        assertThat(changed.get("unchanged").asLong()).isEqualTo(1);
        assertThat(changed.get("corrected").asLong()).isEqualTo(1);
        assertThat(stored(prefix)).isEqualTo(2);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM credit_record_event e JOIN credit_record r ON r.record_id = e.record_id"
                                        + " WHERE r.source_reference LIKE :p")
                        .param("p", prefix + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void refusesUnknownProvidersAndFormatsAtOnce() {
        var noProvider = http.upload(
                "/api/v1/records/batches", "x.csv", HEADER.getBytes(StandardCharsets.UTF_8), "provider", "nobody");
        assertThat(noProvider.status()).isEqualTo(403);
        assertThat(noProvider.text("/code")).isEqualTo("not-own-provider");
        var noFormat = http.upload(
                "/api/v1/records/batches", "x.txt", HEADER.getBytes(StandardCharsets.UTF_8), "provider", PROVIDER);
        assertThat(noFormat.text("/code")).isEqualTo("unknown-format");
        assertThat(http.get("/api/v1/records/batches/{id}", Long.MAX_VALUE).status())
                .isEqualTo(404);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
