package org.credence.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.credence.access.AccessAdministration;
import org.credence.access.Role;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectRegistry;
import org.credence.support.ChildApplication;
import org.credence.support.Http;
import org.credence.support.Organisations;
import org.credence.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Kills a real server process with {@code SIGKILL} in the middle of two batches (one per line, one atomic), starts a
 * second process on the same database and upload directory, and checks that it resumes both: every record stored
 * exactly once, no history repeated, nothing lost. On H2 the database is a file shared over H2's automatic server mode.
 */
@SpringBootTest
class BatchCrashRecoveryIntegrationTests {

    static final Path WORK =
            Path.of("target", "crash-test-" + System.nanoTime()).toAbsolutePath();
    static final String H2_URL = "jdbc:h2:file:" + WORK.resolve("db/credence")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    static final String POSTGRES = System.getenv("CREDENCE_TEST_POSTGRES_URL");
    static final int PER_LINE_RECORDS = 30_000;
    static final int ATOMIC_RECORDS = 15_000;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (POSTGRES == null) {
            registry.add("spring.datasource.url", () -> H2_URL);
        }
    }

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    AccessAdministration administration;

    @Autowired
    org.springframework.core.env.Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKilledServerLosesAndRepeatsNothing() throws Exception {
        List<String> companies = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            var code = Organisations.fresh();
            subjects.register(new NewSubject(code, "崩溃测试企业" + i, null, null));
            companies.add(code.value());
        }
        String prefix = "K-" + UUID.randomUUID() + "-";
        byte[] perLine = csv(companies, prefix + "L", PER_LINE_RECORDS);
        byte[] atomic = csv(companies, prefix + "A", ATOMIC_RECORDS);

        long perLineBatch;
        long atomicBatch;
        try (var first = ChildApplication.start(WORK.resolve("first.log"), arguments())) {
            first.awaitHealthy(180_000);
            var http = new Http(new TestAccounts(administration, subjects, "fz-market-supervision")
                    .client(first.port(), Role.PROVIDER));
            perLineBatch = upload(http, "per-line.csv", perLine, "PER_LINE");
            atomicBatch = upload(http, "atomic.csv", atomic, "ATOMIC");
            awaitProgress(perLineBatch, PER_LINE_RECORDS / 10);
            awaitProgress(atomicBatch, ATOMIC_RECORDS / 10);
            first.kill();
        }
        Map<String, Object> killedAt = batch(perLineBatch);
        assertThat((long) killedAt.get("lines_read")).isLessThan(PER_LINE_RECORDS + 1L);
        assertThat(killedAt.get("status")).isEqualTo("RUNNING");
        assertThat(batch(atomicBatch).get("status")).isEqualTo("RUNNING");

        try (var second = ChildApplication.start(WORK.resolve("second.log"), arguments())) {
            second.awaitHealthy(180_000);
            awaitFinished(perLineBatch);
            awaitFinished(atomicBatch);
        }

        Map<String, Object> resumed = batch(perLineBatch);
        assertThat(resumed.get("status")).isEqualTo("COMPLETED");
        assertThat((long) resumed.get("accepted")).isEqualTo(PER_LINE_RECORDS);
        assertThat((long) resumed.get("rejected") + (long) resumed.get("unchanged"))
                .isZero();
        assertThat((int) resumed.get("attempts")).isEqualTo(2);
        Map<String, Object> restarted = batch(atomicBatch);
        assertThat(restarted.get("status")).isEqualTo("COMPLETED");
        assertThat((long) restarted.get("accepted")).isEqualTo(ATOMIC_RECORDS);
        assertStoredOnce(prefix + "L", PER_LINE_RECORDS);
        assertStoredOnce(prefix + "A", ATOMIC_RECORDS);
    }

    private List<String> arguments() {
        String url = POSTGRES != null ? POSTGRES : H2_URL;
        // The same user as this test's own context (see src/test/resources/config/application.properties).
        String user = System.getenv().getOrDefault("CREDENCE_TEST_POSTGRES_USER", "postgres");
        // The same identifier keys as this JVM, which registered the subjects the batches name.
        String keys = "--credence.subject.identifier-keys.";
        return List.of(
                keys + "active=" + environment.getProperty("credence.subject.identifier-keys.active"),
                keys + "keys.t1=" + environment.getProperty("credence.subject.identifier-keys.keys.t1"),
                keys + "lookup=" + environment.getProperty("credence.subject.identifier-keys.lookup"),
                "--credence.demo.enabled=false",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + System.getenv().getOrDefault("CREDENCE_TEST_POSTGRES_PASSWORD", ""),
                "--credence.data-dir=" + WORK.resolve("data"),
                "--credence.ingest.chunk-size=500",
                "--credence.ingest.lease=2s",
                "--credence.ingest.poll-interval=300ms",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--logging.level.root=WARN",
                "--logging.level.org.credence=INFO");
    }

    private static byte[] csv(List<String> companies, String prefix, int lines) {
        var csv = new StringBuilder(lines * 220);
        csv.append("identifier,recordType,severity,sourceReference,decisionNumber,legalBasis,decisionDate,summary\n");
        for (int i = 1; i <= lines; i++) {
            csv.append(companies.get(i % companies.size()))
                    .append(",administrative-penalty,GENERAL,")
                    .append(prefix)
                    .append(i)
                    .append(",榕市监罚〔2026〕")
                    .append(i)
                    .append("号,《中华人民共和国行政处罚法》第二十八条,2026-0")
                    .append(1 + i % 9)
                    .append("-15,崩溃测试第")
                    .append(i)
                    .append("条\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long upload(Http http, String name, byte[] content, String mode) {
        var accepted = http.upload(
                "/api/v1/records/batches", name, content, "provider", "fz-market-supervision", "mode", mode);
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
        return accepted.body().get("batchId").asLong();
    }

    private Map<String, Object> batch(long id) {
        return jdbc.sql("SELECT status, lines_read, accepted, unchanged, rejected, attempts FROM ingest_batch"
                        + " WHERE batch_id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private void awaitProgress(long batchId, long lines) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while ((long) batch(batchId).get("lines_read") < lines) {
            assertThat(System.currentTimeMillis())
                    .as("batch %d makes progress", batchId)
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private void awaitFinished(long batchId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (batch(batchId).get("status").equals("RUNNING")
                || batch(batchId).get("status").equals("QUEUED")) {
            assertThat(System.currentTimeMillis())
                    .as("batch %d finishes", batchId)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private void assertStoredOnce(String prefix, long expected) {
        Map<String, Object> counts =
                jdbc.sql("""
                        SELECT COUNT(*) AS records, COUNT(DISTINCT source_reference) AS refs,
                               SUM(CASE WHEN version = 1 THEN 1 ELSE 0 END) AS first_versions
                        FROM credit_record WHERE source_reference LIKE :p
                        """).param("p", prefix + "%").query().singleRow();
        assertThat(((Number) counts.get("records")).longValue()).isEqualTo(expected);
        assertThat(((Number) counts.get("refs")).longValue()).isEqualTo(expected);
        assertThat(((Number) counts.get("first_versions")).longValue()).isEqualTo(expected);
        long history = jdbc.sql("""
                        SELECT COUNT(*) FROM credit_record_event e JOIN credit_record r ON r.record_id = e.record_id
                        WHERE r.source_reference LIKE :p
                        """).param("p", prefix + "%").query(Long.class).single();
        assertThat(history).isEqualTo(expected);
    }
}
