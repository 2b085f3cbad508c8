package org.credence.shared.backlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.credence.shared.Database;
import org.credence.shared.TableStatistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work backlog on the real database: ids queued in a transaction are there exactly when it commits, the drainer
 * hands them to their consumer in sets and removes only what it took, waits while a bulk job runs, and keeps what a
 * failing consumer could not do.
 */
@SpringBootTest(properties = {"credence.backlog.poll=PT0.1S", "credence.backlog.max-deferral=PT1H"})
@Import(WorkBacklogIntegrationTests.Consumers.class)
class WorkBacklogIntegrationTests {

    @TestConfiguration
    static class Consumers {

        @Bean
        Recording recording() {
            return new Recording();
        }

        @Bean
        Recording other() {
            return new Recording("test.other");
        }
    }

    /** A consumer that records what it got, and fails while told to. */
    static class Recording implements BacklogConsumer {

        final List<List<Long>> sets = new CopyOnWriteArrayList<>();
        final String queue;
        volatile boolean failing;

        Recording() {
            this("test.items");
        }

        Recording(String queue) {
            this.queue = queue;
        }

        @Override
        public String queue() {
            return queue;
        }

        @Override
        public void process(List<Long> ids) {
            if (failing) {
                throw new IllegalStateException("told to fail");
            }
            sets.add(List.copyOf(ids));
        }

        @Override
        public int batchSize() {
            return 3;
        }

        List<Long> all() {
            List<Long> all = new ArrayList<>();
            sets.forEach(all::addAll);
            return all;
        }
    }

    @Autowired
    WorkBacklog backlog;

    @Autowired
    BulkWork bulk;

    @Autowired
    @Qualifier("recording")
    Recording consumer;

    @Autowired
    @Qualifier("other")
    Recording other;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Database database;

    @Autowired
    TableStatistics statistics;

    @BeforeEach
    void empty() {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> queued() == 0);
        consumer.sets.clear();
        consumer.failing = false;
        other.sets.clear();
    }

    @Test
    void idsQueuedInARolledBackTransactionAreNeverWorkedOn() {
        try (var running = bulk.begin()) {
            transactions.executeWithoutResult(status -> {
                backlog.add("test.items", List.of(1L, 2L));
                status.setRollbackOnly();
            });
            assertThat(queued()).isZero();
        }
    }

    @Test
    void theDrainerHandsOverDistinctIdsInSetsAndRemovesThem() {
        try (var running = bulk.begin()) { // all three queued before the drainer looks
            backlog.add("test.items", List.of(10L, 11L, 10L));
            backlog.add("test.items", List.of(12L, 11L));
            backlog.add("test.items", List.of(13L));
        }

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> consumer.all().contains(13L));

        assertThat(consumer.all()).containsExactly(10L, 11L, 12L, 13L);
        // a set is at least one queued row and stops once it holds the batch size: rows of 2 and 2 ids, then 1
        assertThat(consumer.sets).containsExactly(List.of(10L, 11L, 12L), List.of(13L));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> queued() == 0);
    }

    @Test
    void workWaitsWhileABulkJobRunsAndIsDoneWhenItEnds() throws InterruptedException {
        try (var running = bulk.begin()) {
            backlog.add("test.items", List.of(20L, 21L));
            Thread.sleep(600);
            assertThat(consumer.all()).isEmpty();
            assertThat(backlog.outstanding()).isGreaterThanOrEqualTo(2);
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> consumer.all().containsAll(List.of(20L, 21L)));
    }

    @Test
    void removingTakenSetsLeavesASetQueuedMeanwhile() {
        try (var running = bulk.begin()) { // keeps the drainer away
            backlog.add("test.items", List.of(30L));
            List<WorkBacklog.Item> taken = backlog.take("test.items", 100);
            backlog.add("test.items", List.of(31L));

            backlog.remove(taken);

            assertThat(backlog.take("test.items", 100))
                    .extracting(WorkBacklog.Item::ids)
                    .containsExactly(List.of(31L));
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> consumer.all().contains(31L));
        assertThat(consumer.all()).doesNotContain(30L);
    }

    @Test
    void aFailingConsumerLeavesItsWorkQueuedUntilItSucceeds() throws InterruptedException {
        consumer.failing = true;
        backlog.add("test.items", List.of(40L));
        Thread.sleep(600);
        assertThat(queued()).isEqualTo(1);

        consumer.failing = false;

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> consumer.all().contains(40L));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> queued() == 0);
    }

    @Test
    void aFailingQueueDoesNotHoldUpTheOthers() throws InterruptedException {
        consumer.failing = true;
        backlog.add("test.items", List.of(50L));
        Thread.sleep(300); // failed at least once: paused, and first in line
        backlog.add("test.other", List.of(51L));

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> other.all().contains(51L));
        assertThat(queued()).as("the failing queue keeps its set").isEqualTo(1);

        consumer.failing = false;
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> consumer.all().contains(50L));
    }

    @Test
    void aTableFilledInBulkIsAnalysedOnPostgresql() {
        assumeTrue(database.isPostgres(), "planner statistics are PostgreSQL's");
        jdbc.sql("CREATE TABLE statistics_probe (n BIGINT)").update();
        try {
            jdbc.sql("INSERT INTO statistics_probe SELECT g FROM generate_series(1, 999) AS g")
                    .update();
            statistics.changed("statistics_probe", 999);
            jdbc.sql("INSERT INTO statistics_probe VALUES (1000)").update();

            assertThat(analysed()).as("below the threshold").isFalse();
            statistics.changed("statistics_probe", 1);

            Awaitility.await().atMost(Duration.ofSeconds(10)).until(this::analysed);
            assertThat(jdbc.sql("SELECT reltuples FROM pg_class WHERE relname = 'statistics_probe'")
                            .query(Double.class)
                            .single())
                    .isEqualTo(1000.0);
        } finally {
            jdbc.sql("DROP TABLE statistics_probe").update();
        }
    }

    @Test
    void aTableFilledDuringBulkWorkIsAnalysedWhenTheWorkEnds() throws InterruptedException {
        assumeTrue(database.isPostgres(), "planner statistics are PostgreSQL's");
        jdbc.sql("CREATE TABLE bulk_probe (n BIGINT)").update();
        try {
            var running = bulk.begin();
            jdbc.sql("INSERT INTO bulk_probe SELECT g FROM generate_series(1, 5000) AS g")
                    .update();
            statistics.changed("bulk_probe", 5000);
            Thread.sleep(500);
            assertThat(estimatedRows("bulk_probe"))
                    .as("not analysed while the bulk work runs")
                    .isNotEqualTo(5000.0);

            running.close();

            assertThat(estimatedRows("bulk_probe"))
                    .as("analysed before the bulk work counts as ended")
                    .isEqualTo(5000.0);
        } finally {
            jdbc.sql("DROP TABLE bulk_probe").update();
        }
    }

    private double estimatedRows(String table) {
        return jdbc.sql("SELECT reltuples FROM pg_class WHERE relname = :table")
                .param("table", table)
                .query(Double.class)
                .single();
    }

    private boolean analysed() {
        return jdbc.sql("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'statistics_probe'")
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private long queued() {
        return jdbc.sql("SELECT COUNT(*) FROM work_backlog WHERE queue = 'test.items'")
                .query(Long.class)
                .single();
    }
}
