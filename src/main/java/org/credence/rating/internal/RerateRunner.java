package org.credence.rating.internal;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.credence.rating.GradesReplaced;
import org.credence.rating.RatingChanged;
import org.credence.rating.RerateJob;
import org.credence.shared.backlog.BulkWork;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a claimed re-rating job: streams the population from the job's cursor a chunk at a time, rates every subject
 * under every target standard, and in one transaction per chunk writes the chunk's ratings and moves the cursor: into
 * the live tables, replacing the chunk's ratings there, or (on PostgreSQL, over a rated population) into the job's own
 * tables, which one last transaction switches in for the whole population ({@link RatingRebuild}). Readers therefore
 * always see each subject with one whole rating per scheme naming its version; a job stopped at any point (killed,
 * interrupted, superseded) has exactly the chunks before its cursor done and resumes after it.
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
    private final ApplicationEventPublisher events;
    private final BulkWork bulkWork;
    private final RatingRebuild rebuilds;

    RerateRunner(
            JobStore jobs,
            PopulationReader population,
            StandardLibrary library,
            RatingWriter writer,
            RatingTime time,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            BulkWork bulkWork,
            RatingRebuild rebuilds) {
        this.rebuilds = rebuilds;
        this.events = events;
        this.bulkWork = bulkWork;
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
        ExecutorService reader = stage("rerate-reader-" + jobId);
        ExecutorService rater = stage("rerate-rater-" + jobId);
        // a bulk job: the work backlog (list rules for the grades it changes) waits until it is through
        try (var bulk = bulkWork.begin()) {
            @Nullable RatingTables rebuild = rebuilds.of(jobId).orElse(null);
            List<String> rerated = targets.entrySet().stream()
                    .filter(target -> target.getValue() != null)
                    .map(Map.Entry::getKey)
                    .toList();
            if (rebuild == null && job.cursorSubjectId() == 0 && rebuilds.worthIt(rerated)) {
                if (!asOwner(() -> rebuilds.start(jobId, owner))) {
                    return Outcome.LOST;
                }
                rebuild = RatingTables.rebuildOf(jobId);
            }
            return chunks(job, owner, targets, chunkSize, progress, new Pipeline(reader, rater), rebuild);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.INTERRUPTED;
        } catch (ExecutionException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) { // stopped (shutdown): the job resumes where it stood
                return Outcome.INTERRUPTED;
            }
            Throwable cause = e;
            while (cause instanceof ExecutionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            log.error("Re-rating job {} failed", jobId, cause);
            String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            jobs.finish(jobId, owner, RerateJob.Status.FAILED, error, time.now());
            return Outcome.FAILED;
        } finally {
            reader.shutdownNow();
            rater.shutdownNow();
        }
    }

    private static ExecutorService stage(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The two stages ahead of the writer: one thread reads chunk after chunk, one rates them as they come. */
    private record Pipeline(ExecutorService reader, ExecutorService rater) {}

    /** A chunk read, and when (its ratings' {@code read_at}). */
    private record Read(PopulationReader.Chunk chunk, OffsetDateTime readAt) {}

    /**
     * How many chunks the reader and the rater may be ahead of the writer, so that reading (mostly the database's
     * work), rating and writing (the database's again) overlap wherever there are cores for them; a few chunks in
     * memory are nothing next to the population. (On two cores the job and PostgreSQL already keep both busy: there
     * the stages measured no faster than reading and rating on one thread.)
     */
    private static final int CHUNKS_AHEAD = 3;

    /**
     * Writes chunk after chunk from the job's cursor while the reader and the rater prepare the next ones. Each read
     * starts after the previous chunk's last subject (single reader thread, so in order); a read past the end is empty.
     */
    private Outcome chunks(
            RerateJob job,
            String owner,
            Map<String, StandardLibrary.@Nullable Active> targets,
            int chunkSize,
            Progress progress,
            Pipeline pipeline,
            @Nullable RatingTables rebuild)
            throws InterruptedException, ExecutionException {
        long jobId = job.jobId();
        long cursor = job.cursorSubjectId();
        Deque<Future<Prepared>> ahead = new ArrayDeque<>();
        @Nullable Future<Read> lastRead = null;
        while (!Thread.currentThread().isInterrupted()) {
            while (ahead.size() < CHUNKS_AHEAD) {
                Future<Read> previous = lastRead;
                long start = cursor;
                Future<Read> read = pipeline.reader().submit(() -> {
                    long after =
                            previous == null ? start : previous.get().chunk().lastSubjectId();
                    OffsetDateTime readAt = time.now();
                    return new Read(population.next(after, chunkSize), readAt);
                });
                ahead.add(pipeline.rater().submit(() -> rate(jobId, targets, read.get())));
                lastRead = read;
            }
            Prepared prepared = ahead.removeFirst().get();
            if (prepared.chunk().isEmpty()) {
                boolean finished = rebuild == null
                        ? jobs.finish(jobId, owner, RerateJob.Status.COMPLETED, null, time.now())
                        : switchIn(jobId, owner, targets);
                return finished ? Outcome.COMPLETED : Outcome.LOST;
            }
            if (!write(jobId, owner, targets.keySet(), cursor, prepared, rebuild)) {
                return Outcome.LOST;
            }
            cursor = prepared.chunk().lastSubjectId();
            progress.chunkDone(jobs.find(jobId).orElseThrow());
        }
        return Outcome.INTERRUPTED;
    }

    /** A chunk read and rated, ready to be written. */
    private record Prepared(PopulationReader.Chunk chunk, OffsetDateTime readAt, List<RatingRow> rows) {}

    /** Rates a chunk read under every target (on the rater thread, ahead of the writer). */
    private Prepared rate(long jobId, Map<String, StandardLibrary.@Nullable Active> targets, Read read) {
        LocalDate date = time.dateOf(read.readAt().toInstant());
        List<RatingRow> rows = new ArrayList<>();
        for (StandardLibrary.Active standard : targets.values()) {
            if (standard != null) {
                rows.addAll(rate(jobId, standard, read.chunk(), date, read.readAt()));
            }
        }
        return new Prepared(read.chunk(), read.readAt(), rows);
    }

    /**
     * Writes the chunk's ratings and moves the cursor in one transaction; false if the owner lost the job. In the live
     * tables, a subject rated by the incremental path while the chunk was written (for the first time, or from newer
     * inputs than the chunk's) makes the transaction try again, then keeping whichever rating was read from newer
     * inputs; the job's own tables have no other writer.
     */
    private boolean write(
            long jobId,
            String owner,
            Collection<String> schemes,
            long after,
            Prepared prepared,
            @Nullable RatingTables rebuild) {
        for (int attempt = 1; ; attempt++) {
            try {
                // into the job's own tables nothing is replaced and nobody reads them: the rows go in as they are
                return writeOnce(
                        jobId,
                        owner,
                        prepared,
                        now -> rebuild == null
                                ? writer.replaceRange(
                                        schemes,
                                        after,
                                        prepared.chunk().lastSubjectId(),
                                        prepared.rows(),
                                        prepared.readAt(),
                                        now)
                                : writer.insertAll(rebuild, prepared.rows(), now));
            } catch (DuplicateKeyException | OptimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
                log.debug("Re-rating job {}: chunk after {} met a concurrent rating, again", jobId, after);
            }
        }
    }

    private boolean writeOnce(
            long jobId, String owner, Prepared prepared, Function<OffsetDateTime, RatingWriter.RangeReplaced> write) {
        PopulationReader.Chunk chunk = prepared.chunk();
        return asOwner(() -> {
            OffsetDateTime now = time.now();
            RatingWriter.RangeReplaced replaced = write.apply(now);
            if (!jobs.advance(
                    jobId,
                    owner,
                    chunk.lastSubjectId(),
                    chunk.subjects().size(),
                    chunk.records(),
                    replaced.written(),
                    now)) {
                return false;
            }
            // in the chunk's transaction: what the changed grades cause elsewhere is queued exactly when they commit
            publish(replaced.changes());
            return true;
        });
    }

    /**
     * Runs the owner's work in one transaction, rolled back (nothing of it written) when the work finds that the owner
     * lost the job and says so; whether it kept it.
     */
    private boolean asOwner(BooleanSupplier work) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (work.getAsBoolean()) {
                return true;
            }
            status.setRollbackOnly();
            return false;
        }));
    }

    /** The changed grades, grouped by transition, for the listeners in the current transaction (none: nothing). */
    private void publish(List<RatingChanged> changes) {
        GradesReplaced changed = GradesReplaced.of(changes);
        if (!changed.isEmpty()) {
            events.publishEvent(changed);
        }
    }

    /**
     * Ends a rebuilding job: its tables switched in and the job completed in one transaction, the changed grades
     * published in it; false if the owner lost the job (nothing switched).
     */
    private boolean switchIn(long jobId, String owner, Map<String, StandardLibrary.@Nullable Active> targets) {
        return asOwner(() -> {
            OffsetDateTime now = time.now();
            // the job's row stays locked until the switch commits: no other instance can take the job over meanwhile,
            // however long the indexes take to build (the heartbeat is otherwise only moved by chunks)
            if (!jobs.heartbeat(jobId, owner, now)) {
                return false;
            }
            rebuilds.switchIn(
                    jobId,
                    targets.keySet(),
                    chunk -> rate(jobId, targets, new Read(chunk, now)).rows(),
                    now,
                    this::publish);
            // finished when switched in (a lost job's switch is rolled back with it)
            return jobs.finish(jobId, owner, RerateJob.Status.COMPLETED, null, time.now());
        });
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
