package org.credence.rating.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.credence.rating.RerateJob;
import org.credence.shared.cli.CliCommand;
import org.credence.shared.cli.ProgressBar;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credence rerate}: runs a full re-rating in this process with a progress bar. Without options it resumes the
 * oldest unfinished job (one killed midway resumes after its last chunk), or starts one over every scheme in force.
 */
@Component
@Command(
        name = "rerate",
        mixinStandardHelpOptions = true,
        description =
                "Re-rate the whole population: resume the unfinished job, or start one over every scheme in force.")
class RerateCommand implements CliCommand {

    private final JobStore jobs;
    private final RerateJobs rerate;
    private final RerateRunner runner;
    private final RatingTime time;
    private final RatingProperties properties;

    @Option(names = "--new", description = "start a new job (superseding unfinished ones) instead of resuming")
    boolean fresh;

    @Option(names = "--takeover", description = "take the job over even if its owner reported recently")
    boolean takeover;

    @Option(names = "--chunk-size", description = "subjects per chunk (default: credence.rating.chunk-size)")
    int chunkSize;

    RerateCommand(JobStore jobs, RerateJobs rerate, RerateRunner runner, RatingTime time, RatingProperties properties) {
        this.jobs = jobs;
        this.rerate = rerate;
        this.runner = runner;
        this.time = time;
        this.properties = properties;
    }

    /** The most heap that was in use at once, over all heap pools, since the JVM started. */
    /** The CPU time of the whole process so far (every thread: the job's, the compilers', the collector's). */
    private static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime();
    }

    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        RerateJob job = fresh || jobs.unfinished().isEmpty()
                ? rerate.rerateAll("MANUAL")
                : jobs.unfinished().getFirst();
        String owner = RerateRunner.processOwner();
        OffsetDateTime now = time.now();
        OffsetDateTime staleBefore = takeover ? now.plusYears(1) : now.minus(properties.staleAfter());
        if (!jobs.claim(job.jobId(), owner, now, staleBefore)) {
            out.printf(
                    "Job %d is being run by %s (last report %s); use --takeover if that process is gone.%n",
                    job.jobId(), job.owner(), job.heartbeatAt());
            return 2;
        }
        out.printf(
                Locale.ROOT,
                "Job %d: %s, from subject %d (%d of %d done)%n",
                job.jobId(),
                JobStore.format(job.targets()),
                job.cursorSubjectId(),
                job.subjectsDone(),
                job.subjectsTotal());
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        RerateRunner.Outcome outcome;
        try (ProgressBar bar = new ProgressBar(out, "rerate", job.subjectsTotal())) {
            outcome = runner.run(
                    job.jobId(),
                    owner,
                    chunkSize > 0 ? chunkSize : properties.chunkSize(),
                    j -> bar.update(j.subjectsDone()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
        RerateJob end = jobs.find(job.jobId()).orElseThrow();
        long subjects = end.subjectsDone() - job.subjectsDone();
        long records = end.recordsRead() - job.recordsRead();
        out.printf(
                Locale.ROOT,
                "RERATE job=%d outcome=%s subjects=%d records=%d ratings=%d seconds=%.3f subjects_per_s=%.0f"
                        + " records_per_s=%.0f cursor=%d peak_heap_mb=%d jvm_cpu_s=%.1f%n",
                end.jobId(),
                outcome,
                subjects,
                records,
                end.ratingsWritten() - job.ratingsWritten(),
                seconds,
                subjects / seconds,
                records / seconds,
                end.cursorSubjectId(),
                peakHeapBytes() >> 20,
                cpuSeconds);
        return outcome == RerateRunner.Outcome.COMPLETED ? 0 : 1;
    }
}
