package org.credence.rating.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.credence.rating.RerateJob;
import org.credence.shared.backlog.BulkWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Lets integration tests outside this package claim and run re-rating jobs as a worker would. */
@Component
public class RerateTestAccess {

    private final JobStore jobs;
    private final RerateRunner runner;
    private final RatingTime time;
    private final RerateJobs rerate;
    private final StaleRatingSweep sweep;
    private final PopulationReader population;
    private final StandardLibrary library;
    private final RatingWriter writer;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final BulkWork bulkWork;
    private final RatingRebuild rebuilds;

    RerateTestAccess(
            JobStore jobs,
            RerateRunner runner,
            RatingTime time,
            RerateJobs rerate,
            StaleRatingSweep sweep,
            PopulationReader population,
            StandardLibrary library,
            RatingWriter writer,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            BulkWork bulkWork,
            RatingRebuild rebuilds) {
        this.rebuilds = rebuilds;
        this.jobs = jobs;
        this.runner = runner;
        this.time = time;
        this.rerate = rerate;
        this.sweep = sweep;
        this.population = population;
        this.library = library;
        this.writer = writer;
        this.transactions = transactions;
        this.events = events;
        this.bulkWork = bulkWork;
    }

    /**
     * Claims and runs the job as {@link #runToEnd} does, over a population whose reads fail from the given read on
     * (counting from 1): how a job meets a database gone, or a bug, in its reader stage. The outcome's name.
     */
    public String runWithReadsFailingFrom(long jobId, String owner, int chunkSize, int failingRead) {
        AtomicInteger reads = new AtomicInteger();
        PopulationReader failing = new PopulationReader() {
            @Override
            public long count() {
                return population.count();
            }

            @Override
            public Chunk next(long afterSubjectId, int limit) {
                if (reads.incrementAndGet() >= failingRead) {
                    throw new IllegalStateException("the population could not be read");
                }
                return population.next(afterSubjectId, limit);
            }
        };
        return claimAndRun(
                new RerateRunner(jobs, failing, library, writer, time, transactions, events, bulkWork, rebuilds),
                jobId,
                owner,
                chunkSize,
                job -> {});
    }

    /** What the worker does every minute: a job if a version came into force; its id, or -1. */
    public long syncInForce() {
        return rerate.syncInForce("IN_FORCE").map(RerateJob::jobId).orElse(-1L);
    }

    /** What the worker does every night: re-rates the ratings time alone has changed; how many subjects. */
    public long sweep() {
        return sweep.sweep();
    }

    /** Claims the job if it is pending (or already the owner's) and runs it; the outcome's name, or LOST. */
    public String runToEnd(long jobId, String owner, int chunkSize) {
        return run(jobId, owner, chunkSize, job -> {});
    }

    public String run(long jobId, String owner, int chunkSize, Consumer<RerateJob> afterEachChunk) {
        return claimAndRun(runner, jobId, owner, chunkSize, afterEachChunk);
    }

    private String claimAndRun(
            RerateRunner runner, long jobId, String owner, int chunkSize, Consumer<RerateJob> afterEachChunk) {
        var now = time.now();
        if (!jobs.claim(jobId, owner, now, now.minusHours(1))) {
            return "LOST";
        }
        return runner.run(jobId, owner, chunkSize, afterEachChunk::accept).name();
    }

    /** Takes a running job over as if its owner had been silent past the stale limit. */
    public boolean takeOver(long jobId, String owner) {
        var now = time.now();
        return jobs.claim(jobId, owner, now, now.plusSeconds(1));
    }
}
