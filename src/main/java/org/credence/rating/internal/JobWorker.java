package org.credence.rating.internal;

import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs re-rating jobs in the server, one at a time per instance, on a thread of its own: every second it claims the
 * oldest pending job, or a running one whose owner has been silent for {@code stale-after} (a killed instance), and
 * runs it from its cursor. Every minute it starts a job when a standard has come into force, and every night it
 * re-rates the subjects whose ratings time alone has changed.
 */
@Component
@ConditionalOnExpression("${credence.rating.background-jobs:true} and !${credence.cli.enabled:false}")
@EnableScheduling
class JobWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    private final JobStore jobs;
    private final RerateRunner runner;
    private final RerateJobs rerate;
    private final StaleRatingSweep sweep;
    private final RatingTime time;
    private final RatingProperties properties;
    private final String owner = RerateRunner.processOwner();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "rerate-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean busy = new AtomicBoolean();

    JobWorker(
            JobStore jobs,
            RerateRunner runner,
            RerateJobs rerate,
            StaleRatingSweep sweep,
            RatingTime time,
            RatingProperties properties) {
        this.jobs = jobs;
        this.runner = runner;
        this.rerate = rerate;
        this.sweep = sweep;
        this.time = time;
        this.properties = properties;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 2000)
    void poll() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        OffsetDateTime now = time.now();
        OffsetDateTime staleBefore = now.minus(properties.staleAfter());
        var claimable = jobs.claimable(staleBefore).filter(id -> jobs.claim(id, owner, now, staleBefore));
        if (claimable.isEmpty()) {
            busy.set(false);
            return;
        }
        long jobId = claimable.get();
        executor.execute(() -> {
            try {
                log.info("Re-rating job {}: {}", jobId, runner.run(jobId, owner, properties.chunkSize(), job -> {}));
            } finally {
                busy.set(false);
            }
        });
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 5000)
    void watchInForce() {
        rerate.syncInForce("IN_FORCE");
    }

    @Scheduled(cron = "${credence.rating.sweep-cron:0 30 1 * * *}")
    void sweepStale() {
        log.info("Re-rated {} subjects whose ratings time had changed", sweep.sweep());
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
