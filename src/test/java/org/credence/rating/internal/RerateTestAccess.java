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

    RerateTestAccess(JobStore jobs, RerateRunner runner, RatingTime time) {
        this.jobs = jobs;
        this.runner = runner;
        this.time = time;
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
