package org.credence.shared.backlog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works through every queue on a thread of its own (not the scheduler's, whose short jobs must not wait behind a
 * large set): takes up to a consumer's batch of ids, has the consumer do the work, then removes exactly those items.
 * A failed set stays queued and its queue is tried again after a pause that doubles with each failure in a row (up to
 * {@link #LONGEST_PAUSE}), while the other queues go on. While bulk jobs run, a queue waits until its oldest item is
 * older than the maximum deferral.
 */
@Component
class BacklogDrainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BacklogDrainer.class);

    static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

    /** A queue whose last set failed: how many times in a row, and when it is tried again. */
    private record Failing(int times, Instant retryAt) {}

    private final Map<String, Failing> failing = new ConcurrentHashMap<>();

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

    /** Started with the context unless this instance leaves the queues to others ({@code credence.backlog.enabled}). */
    @Override
    public boolean isAutoStartup() {
        return properties.enabled();
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
            String queue = consumer.queue();
            Failing failed = failing.get(queue);
            if (failed != null && clock.instant().isBefore(failed.retryAt())) {
                continue;
            }
            Optional<OffsetDateTime> oldest = backlog.oldest(queue);
            if (oldest.isEmpty() || deferred(oldest.get())) {
                continue;
            }
            List<WorkBacklog.Item> items = backlog.take(queue, consumer.batchSize());
            List<Long> ids = items.stream()
                    .flatMap(item -> item.ids().stream())
                    .distinct()
                    .toList();
            try {
                consumer.process(ids);
            } catch (RuntimeException e) {
                failed(queue, ids.size(), failed, e);
                continue;
            }
            backlog.remove(items);
            if (failing.remove(queue) != null) {
                log.info("Queue {} works again", queue);
            }
            worked = true;
        }
        return worked;
    }

    /** Logs the first failure of a queue in full, later ones in a line; pauses the queue twice as long each time. */
    private void failed(String queue, int size, @Nullable Failing before, RuntimeException e) {
        int times = before == null ? 1 : before.times() + 1;
        long factor = 1L << Math.min(times - 1, 20);
        Duration pause = properties.poll().multipliedBy(factor);
        if (pause.compareTo(LONGEST_PAUSE) > 0) {
            pause = LONGEST_PAUSE;
        }
        failing.put(queue, new Failing(times, clock.instant().plus(pause)));
        if (times == 1) {
            log.error("Queue {}: a set of {} ids failed; it stays queued, tried again in {}", queue, size, pause, e);
        } else {
            log.warn("Queue {}: failed {} times in a row, tried again in {}: {}", queue, times, pause, e.toString());
        }
    }

    private boolean deferred(OffsetDateTime oldest) {
        return bulk.active() && oldest.isAfter(OffsetDateTime.now(clock).minus(properties.maxDeferral()));
    }
}
