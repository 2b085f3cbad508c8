package org.credence.shared.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An instance started with {@code credence.backlog.enabled=false} leaves the queues alone: what is queued stays queued
 * (for another instance, or this one's next start) and no consumer is called.
 */
@SpringBootTest(properties = {"credence.backlog.poll=PT0.1S", "credence.backlog.enabled=false"})
@Import(WorkBacklogIntegrationTests.Consumers.class)
class DisabledBacklogIntegrationTests {

    private static final String QUEUE = "test.items";

    @Autowired
    WorkBacklog backlog;

    @Autowired
    BacklogDrainer drainer;

    @Autowired
    @Qualifier("recording")
    WorkBacklogIntegrationTests.Recording recording;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void leaveNothingQueued() {
        backlog.remove(backlog.take(QUEUE, 1000));
    }

    @Test
    void queuedWorkStaysQueuedAndNoConsumerIsCalled() throws InterruptedException {
        backlog.add(QUEUE, List.of(60L, 61L));

        Thread.sleep(800); // eight polls of an enabled drainer

        assertThat(drainer.isRunning()).isFalse();
        assertThat(recording.all()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM work_backlog WHERE queue = :q")
                        .param("q", QUEUE)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
