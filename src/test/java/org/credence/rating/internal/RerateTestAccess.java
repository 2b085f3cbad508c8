package org.credence.rating.internal;

import java.util.function.Consumer;
import org.credence.rating.RerateJob;
import org.springframework.stereotype.Component;

/** Lets integration tests outside this package claim and run re-rating jobs as a worker would. */
@Component
public class RerateTestAccess {

    private final JobStore jobs;
    private final RerateRunner runner;
    private final RatingTime time;
    private final RerateJobs rerate;
    private final StaleRatingSweep sweep;

    RerateTestAccess(JobStore jobs, RerateRunner runner, RatingTime time, RerateJobs rerate, StaleRatingSweep sweep) {
        this.jobs = jobs;
        this.runner = runner;
        this.time = time;
        this.rerate = rerate;
        this.sweep = sweep;
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
