package org.credence.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Severity;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectRegistry;
import org.credence.support.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events of the record module travel through Spring Modulith's JDBC publication registry: written in the filing
 * transaction (none when it rolls back), delivered to a module listener after commit, then marked completed.
 */
@SpringBootTest
@Import(RecordEventsIntegrationTests.Listener.class)
class RecordEventsIntegrationTests {

    @TestConfiguration
    static class Listener {

        private final List<RecordFiled> filed = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(RecordFiled event) {
            filed.add(event);
        }

        List<RecordFiled> filed() {
            return filed;
        }
    }

    @Autowired
    RecordStore records;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Listener listener;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    RecordFiling filing(long subjectId, String reference) {
        return new RecordFiling(
                subjectId,
                "fj-tax",
                reference,
                catalogue.currentEdition().recordType("tax-arrears").orElseThrow(),
                "2026",
                Severity.GENERAL,
                "闽税欠〔2026〕12号",
                "《中华人民共和国税收征收管理法》第四十五条",
                LocalDate.of(2026, 9, 1),
                null,
                null,
                "欠缴增值税",
                "{\"amountYuan\":81234.5}",
                null,
                1);
    }

    @Test
    void publishesDurablyInTheFilingTransaction() throws InterruptedException {
        long subjectId = subjects.register(new NewSubject(Organisations.fresh(), "福州某某物流有限公司", null, null))
                .subjectId();
        var outcome =
                records.file(new FilingBatch(null, "fj-tax", List.of(filing(subjectId, "QS-" + UUID.randomUUID()))));
        long recordId = ((FilingOutcome.Filed) outcome.getFirst()).recordId();

        for (int i = 0; i < 100 && listener.filed().stream().noneMatch(e -> e.recordId() == recordId); i++) {
            Thread.sleep(100);
        }
        assertThat(listener.filed()).anyMatch(e -> e.recordId() == recordId && e.subjectId() == subjectId);
        String completed = null;
        for (int i = 0; i < 50 && completed == null; i++) {
            completed = jdbc.sql("SELECT CAST(completion_date AS VARCHAR(40)) FROM event_publication"
                            + " WHERE event_type LIKE '%RecordFiled' AND serialized_event LIKE :id"
                            + " AND listener_id LIKE '%RecordEventsIntegrationTests%'")
                    .param("id", "%\"recordId\":" + recordId + ",%")
                    .query(String.class)
                    .optional()
                    .orElse(null);
            Thread.sleep(100);
        }
        assertThat(completed).as("publication of record %d completed", recordId).isNotNull();
    }

    @Test
    void publishesNothingWhenTheTransactionRollsBack() throws InterruptedException {
        long subjectId = subjects.register(new NewSubject(Organisations.fresh(), "福州某某贸易有限公司", null, null))
                .subjectId();
        String reference = "QS-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            records.file(new FilingBatch(null, "fj-tax", List.of(filing(subjectId, reference))));
            status.setRollbackOnly();
        });
        Thread.sleep(500);
        assertThat(listener.filed()).noneMatch(e -> e.subjectId() == subjectId);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :s")
                        .param("s", "%\"subjectId\":" + subjectId + ",%")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
