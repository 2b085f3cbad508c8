package org.credence.ingest.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This instance's batch workers. A poller claims queued batches and batches whose owner stopped renewing its lease
 * (a crashed instance), up to the number of workers; a new upload is picked up at once. On shutdown running batches
 * are handed back to the queue. The command line runs its own batch and does not poll.
 */
@Component
class BatchWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BatchWorkers.class);

    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final BatchStore store;
    private final BatchRunner runner;
    private final Clock clock;
    private final IngestProperties properties;
    private final boolean commandLine;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;
    private final ScheduledExecutorService poller;
    private volatile boolean stopping;

    BatchWorkers(
            BatchStore store,
            BatchRunner runner,
            Clock clock,
            IngestProperties properties,
            @Value("${credence.cli.enabled:false}") boolean commandLine) {
        this.store = store;
        this.runner = runner;
        this.clock = clock;
        this.properties = properties;
        this.commandLine = commandLine;
        this.workers = Executors.newFixedThreadPool(
                properties.workers(),
                Thread.ofPlatform().name("ingest-batch-", 1).factory());
        this.poller = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("ingest-poller").daemon().factory());
    }

    String owner() {
        return owner;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startPolling() {
        if (!commandLine) {
            long interval = properties.pollInterval().toMillis();
            poller.scheduleWithFixedDelay(this::pollSafely, 0, interval, TimeUnit.MILLISECONDS);
        }
    }

    /** Looks for work now rather than at the next poll (a batch was just submitted). */
    void kick() {
        if (!commandLine && !stopping) {
            poller.execute(this::pollSafely);
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Polling for batches failed: {}", e.getMessage());
        }
    }

    private synchronized void poll() {
        int free = properties.workers() - running.size();
        if (stopping || free <= 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime staleBefore = now.minus(properties.lease());
        for (long batchId : store.claimable(staleBefore, free)) {
            if (!running.contains(batchId) && store.claim(batchId, owner, now, staleBefore)) {
                log.info("Batch {} claimed by {}", batchId, owner);
                running.add(batchId);
                workers.execute(() -> work(batchId));
            }
        }
    }

    private void work(long batchId) {
        try {
            runner.run(batchId, owner, line -> {}, () -> stopping);
        } catch (RuntimeException e) {
            log.error("Batch {} stopped unexpectedly", batchId, e);
        } finally {
            running.remove(batchId);
            kick();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        poller.shutdownNow();
        workers.shutdown();
        if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }
}
