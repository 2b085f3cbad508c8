package org.credence.shared.backlog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works through every queue on a thread of its own (not the scheduler's, whose short jobs must not wait behind a
 * large set): takes up to a consumer's batch of ids, has the consumer do the work, then removes exactly those items.
 * A failed set stays queued and is tried again after a pause. While bulk jobs run, a queue waits until its oldest item
 * is older than the maximum deferral.
 */
@Component
class BacklogDrainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BacklogDrainer.class);

    private final List<BacklogConsumer> consumers;
    private final WorkBacklog backlog;
    private final BulkWork bulk;
    private final BacklogProperties properties;
    private final Clock clock;
    private volatile boolean running;
    private @Nullable Thread thread;

    BacklogDrainer(
            List<BacklogConsumer> consumers,
            WorkBacklog backlog,
            BulkWork bulk,
            BacklogProperties properties,
            Clock clock) {
        this.consumers = consumers;
        this.backlog = backlog;
        this.bulk = bulk;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("backlog").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            boolean worked;
            try {
                worked = drainOnce();
            } catch (RuntimeException e) {
                log.error("Working through the backlog failed; trying again shortly", e);
                worked = false;
            }
            if (!worked && running) {
                LockSupport.parkNanos(properties.poll().toNanos());
            }
        }
    }

    /** One set from every queue that has work due; whether any work was done. */
    boolean drainOnce() {
        boolean worked = false;
        for (BacklogConsumer consumer : consumers) {
            if (!running) {
                break;
            }
            Optional<OffsetDateTime> oldest = backlog.oldest(consumer.queue());
            if (oldest.isEmpty() || deferred(oldest.get())) {
                continue;
            }
            List<WorkBacklog.Item> items = backlog.take(consumer.queue(), consumer.batchSize());
            consumer.process(items.stream()
                    .flatMap(item -> item.ids().stream())
                    .distinct()
                    .toList());
            backlog.remove(items);
            worked = true;
        }
        return worked;
    }

    private boolean deferred(OffsetDateTime oldest) {
        return bulk.active() && oldest.isAfter(OffsetDateTime.now(clock).minus(properties.maxDeferral()));
    }
}
