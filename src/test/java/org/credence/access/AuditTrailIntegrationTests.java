package org.credence.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.credence.shared.PageRequest;
import org.credence.subject.SubjectRegistry;
import org.credence.support.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * The audit chain detects changed, deleted and reordered rows. Each tampering test restores what it changed, since
 * the tests share one database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    @Autowired
    AccessAdministration administration;

    @Autowired
    SubjectRegistry subjects;

    @BeforeEach
    void appendSomeEntries() {
        for (int i = 0; i < 5; i++) {
            audit.record(new AuditEntry(
                    "officer-" + i,
                    "SAMR-FJ",
                    "record.read",
                    1000L + i,
                    "SUPERVISION",
                    "CASE-" + i,
                    AuditEntry.Outcome.ALLOWED,
                    null));
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    /**
     * An entry whose transaction commits after later entries were sealed (a long transaction) is chained all the same,
     * after them: the sealer does not only look past what it sealed last.
     */
    @Test
    void anEntryCommittedAfterLaterOnesWereSealedIsChainedAfterThem() throws Exception {
        String late = "LATE-" + UUID.randomUUID();
        String after = "AFTER-" + UUID.randomUUID();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService thread = Executors.newSingleThreadExecutor()) {
            Future<?> slow = thread.submit(() -> transactions.executeWithoutResult(status -> {
                audit.record(entry(late));
                inserted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
            audit.record(entry(after));
            audit.seal();
            assertThat(position(after)).isNotNull();
            release.countDown();
            slow.get(10, TimeUnit.SECONDS);
        }
        assertThat(position(late)).isNull();
        audit.seal();

        assertThat(position(late)).isGreaterThan(position(after));
        assertThat(audit.verify().intact()).isTrue();
    }

    private static AuditEntry entry(String caseNumber) {
        return new AuditEntry(
                "officer-late",
                "SAMR-FJ",
                "record.read",
                1L,
                "SUPERVISION",
                caseNumber,
                AuditEntry.Outcome.ALLOWED,
                null);
    }

    private @Nullable Long position(String caseNumber) {
        return jdbc.sql("SELECT chain_position FROM audit_log WHERE case_number = :c")
                .param("c", caseNumber)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class)))
                .single()
                .orElse(null);
    }

    @Test
    void verifiesAnUntouchedChain() {
        ChainVerification result = audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(5);
        assertThat(result.firstBrokenPosition()).isNull();
    }

    @Test
    void detectsAChangedRow() {
        long position = middlePosition();
        String actor = jdbc.sql("SELECT actor FROM audit_log WHERE chain_position = :p")
                .param("p", position)
                .query(String.class)
                .single();
        jdbc.sql("UPDATE audit_log SET actor = 'someone-else' WHERE chain_position = :p")
                .param("p", position)
                .update();
        try {
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenPosition()).isEqualTo(position);
            assertThat(result.problem()).contains("changed");
        } finally {
            jdbc.sql("UPDATE audit_log SET actor = :a WHERE chain_position = :p")
                    .param("a", actor)
                    .param("p", position)
                    .update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void detectsADeletedRow() {
        long position = middlePosition();
        Map<String, Object> row = row(position);
        assertBrokenAtThenRestored(position, () -> delete(position), () -> reinsert(row));
    }

    @Test
    void detectsReorderedRows() {
        long position = middlePosition();
        assertBrokenAtThenRestored(position, () -> swap(position), () -> swap(position));
    }

    @Test
    void detectsDeletionOfTheNewestRow() {
        long last = middlePosition() + 2;
        Map<String, Object> row = row(last);
        assertBrokenAtThenRestored(last, () -> delete(last), () -> reinsert(row));
    }

    /** Tampers, expects verification to break exactly at {@code position}, restores, expects it intact again. */
    private void assertBrokenAtThenRestored(long position, Runnable tamper, Runnable restore) {
        tamper.run();
        try {
            ChainVerification result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenPosition()).isEqualTo(position);
        } finally {
            restore.run();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    private Map<String, Object> row(long position) {
        return jdbc.sql("SELECT * FROM audit_log WHERE chain_position = :p")
                .param("p", position)
                .query()
                .singleRow();
    }

    private void delete(long position) {
        jdbc.sql("DELETE FROM audit_log WHERE chain_position = :p")
                .param("p", position)
                .update();
    }

    /** Swaps the chain positions of the entries at {@code position} and {@code position + 1}. */
    private void swap(long position) {
        jdbc.sql("UPDATE audit_log SET chain_position = -1 WHERE chain_position = :p")
                .param("p", position)
                .update();
        jdbc.sql("UPDATE audit_log SET chain_position = :p WHERE chain_position = :q")
                .param("p", position)
                .param("q", position + 1)
                .update();
        jdbc.sql("UPDATE audit_log SET chain_position = :q WHERE chain_position = -1")
                .param("q", position + 1)
                .update();
    }

    @Test
    void verifiesAndQueriesOverHttp() {
        RestClient http = new TestAccounts(administration, subjects, "AUDIT-TEST").client(port, Role.AUDITOR);
        Map<String, Object> verification = http.get()
                .uri("/api/v1/audit/verify")
                .retrieve()
                .body(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {});
        assertThat(verification.get("intact")).isEqualTo(true);
        Map<?, ?> page = http.get()
                .uri("/api/v1/audit?actor=officer-3&size=2")
                .retrieve()
                .body(Map.class);
        List<?> items = (List<?>) page.get("items");
        assertThat(items).hasSize(2);
        assertThat(items)
                .allSatisfy(item -> assertThat(((Map<?, ?>) ((Map<?, ?>) item).get("entry")).get("actor"))
                        .isEqualTo("officer-3"));
        assertThat(page.get("hasMore")).isEqualTo(true);
    }

    @Test
    void queriesByOrganisationAndTime() {
        var page = audit.query(
                new AuditQuery(1002L, null, "SAMR-FJ", java.time.Instant.now().minusSeconds(3600), null),
                new PageRequest(0, 100));
        assertThat(page.items()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.entry().subjectId()).isEqualTo(1002L);
            assertThat(r.chainPosition()).isNotNull();
        });
    }

    private long middlePosition() {
        return jdbc.sql("SELECT MAX(chain_position) FROM audit_log")
                        .query(Long.class)
                        .single()
                - 2;
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.sql("""
                INSERT INTO audit_log (entry_id, occurred_at, actor, organisation, action, subject_id, purpose,
                    case_number, outcome, detail, chain_position, prev_hash, hash)
                VALUES (:entry_id, :occurred_at, :actor, :organisation, :action, :subject_id, :purpose,
                    :case_number, :outcome, :detail, :chain_position, :prev_hash, :hash)
                """)
                .paramSource(new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(row))
                .update();
    }
}
