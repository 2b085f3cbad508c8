package org.credence.rating.internal;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.credence.rating.RerateJob;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a claimed re-rating job: streams the population from the job's cursor a chunk at a time, rates every subject
 * under every target standard, and in one transaction per chunk replaces the chunk's ratings and moves the cursor.
 * Readers therefore always see each subject with one whole rating per scheme naming its version; a job stopped at
 * any point (killed, interrupted, superseded) has exactly the chunks before its cursor done and resumes after it.
 */
@Component
class RerateRunner {

    private static final Logger log = LoggerFactory.getLogger(RerateRunner.class);

    private final JobStore jobs;
    private final PopulationReader population;
    private final StandardLibrary library;
    private final RatingWriter writer;
    private final RatingTime time;
    private final TransactionTemplate transactions;

    RerateRunner(
            JobStore jobs,
            PopulationReader population,
            StandardLibrary library,
            RatingWriter writer,
            RatingTime time,
            TransactionTemplate transactions) {
        this.jobs = jobs;
        this.population = population;
        this.library = library;
        this.writer = writer;
        this.time = time;
        this.transactions = transactions;
    }

    /** How a run ended. */
    enum Outcome {
        COMPLETED,
        LOST,
        INTERRUPTED,
        FAILED
    }

    /** Receives the job after each chunk. */
    interface Progress {
        void chunkDone(RerateJob job);
    }

    /** A process-unique owner name: process id and host, and a random part. */
    static String processOwner() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    Outcome run(long jobId, String owner, int chunkSize, Progress progress) {
        RerateJob job = jobs.find(jobId).orElseThrow();
        Map<String, StandardLibrary.@Nullable Active> targets = new LinkedHashMap<>();
        job.targets().forEach((scheme, id) -> targets.put(scheme, id == 0 ? null : library.active(id)));
        long cursor = job.cursorSubjectId();
        try {
            while (true) {
                if (Thread.currentThread().isInterrupted()) {
                    return Outcome.INTERRUPTED;
                }
                OffsetDateTime readAt = time.now();
                PopulationReader.Chunk chunk = population.next(cursor, chunkSize);
                if (chunk.isEmpty()) {
                    return jobs.finish(jobId, owner, RerateJob.Status.COMPLETED, null, time.now())
                            ? Outcome.COMPLETED
                            : Outcome.LOST;
                }
                if (!write(jobId, owner, targets, cursor, chunk, readAt)) {
                    return Outcome.LOST;
                }
                cursor = chunk.lastSubjectId();
                progress.chunkDone(jobs.find(jobId).orElseThrow());
            }
        } catch (RuntimeException e) {
            log.error("Re-rating job {} failed after subject {}", jobId, cursor, e);
            jobs.finish(
                    jobId,
                    owner,
                    RerateJob.Status.FAILED,
                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                    time.now());
            return Outcome.FAILED;
        }
    }

    private boolean write(
            long jobId,
            String owner,
            Map<String, StandardLibrary.@Nullable Active> targets,
            long after,
            PopulationReader.Chunk chunk,
            OffsetDateTime readAt) {
        LocalDate date = time.dateOf(readAt.toInstant());
        Map<String, List<RatingRow>> rows = new LinkedHashMap<>();
        targets.forEach((scheme, standard) ->
                rows.put(scheme, standard == null ? List.of() : rate(jobId, standard, chunk, date, readAt)));
        Boolean done = transactions.execute(status -> {
            OffsetDateTime now = time.now();
            long written = 0;
            for (var entry : rows.entrySet()) {
                written += writer.replaceRange(
                        entry.getKey(), after, chunk.lastSubjectId(), entry.getValue(), readAt, now);
            }
            if (!jobs.advance(
                    jobId, owner, chunk.lastSubjectId(), chunk.subjects().size(), chunk.records(), written, now)) {
                status.setRollbackOnly();
                return false;
            }
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    private static List<RatingRow> rate(
            long jobId,
            StandardLibrary.Active standard,
            PopulationReader.Chunk chunk,
            LocalDate date,
            OffsetDateTime readAt) {
        List<RatingRow> rows = new ArrayList<>(chunk.subjects().size());
        for (PopulationReader.Rateable rateable : chunk.subjects()) {
            SubjectFacts subject = rateable.subject();
            if (Evaluator.evaluate(standard.document(), subject, rateable.records(), date)
                    instanceof Evaluator.Rated rated) {
                rows.add(new RatingRow(
                        subject.subjectId(),
                        standard.scheme(),
                        standard.stored().standardId(),
                        standard.stored().version(),
                        rated.evaluation(),
                        date,
                        readAt,
                        subject.regionCode(),
                        jobId));
            }
        }
        return rows;
    }
}
