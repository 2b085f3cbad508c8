package org.credence.sanction.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.credence.access.AuditEntry;
import org.credence.access.AuditTrail;
import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of credit checks. A check is answered only once its answer, the measures it found and its audit entry
 * are durable; committing each check on its own costs a transaction (a WAL flush) per check, which bounds the check
 * rate far below what reading and deciding costs. So the request thread hands its check to this journal and waits: one
 * writer thread takes every check that is waiting, writes them all in one transaction and then releases their
 * requests together. Under load a transaction carries tens of checks; alone, a check waits for no one.
 *
 * <p>A group that fails is written again check by check, so that one bad check fails alone. A request that gives up
 * waiting (30 s) withdraws its check unless the writer has already taken it, in which case it waits for the outcome. Check ids are handed out
 * before writing (so that the answer can name its id), in blocks of {@value CheckStore#ID_BLOCK} from a database
 * sequence: unique across server instances; a block left unused at shutdown leaves a gap, nothing else.
 */
@Component
class CheckJournal implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckJournal.class);

    /** The most checks in one transaction: bounds the statement batch and a group's latency. */
    static final int MAX_GROUP = 256;

    private static final Duration WAIT_LIMIT = Duration.ofSeconds(30);

    /** A check ready to be written: its row, the measures it found and its audit entry. */
    record JournaledCheck(CheckStore.CheckRow row, List<CheckStore.FoundMeasure> measures, AuditEntry audit) {}

    /**
     * A check waiting to be written, claimed either by the writer (which then writes it) or by its request giving up
     * (which then answers that it was not recorded): never both, so that no check is written whose answer was not
     * given, and none is answered that was not written.
     */
    static final class Waiting {
        private static final int QUEUED = 0;
        private static final int TAKEN = 1;
        private static final int ABANDONED = 2;

        final JournaledCheck check;
        final CompletableFuture<Void> written = new CompletableFuture<>();
        private final AtomicInteger state = new AtomicInteger(QUEUED);

        Waiting(JournaledCheck check) {
            this.check = check;
        }

        boolean take() {
            return state.compareAndSet(QUEUED, TAKEN);
        }

        boolean abandon() {
            return state.compareAndSet(QUEUED, ABANDONED);
        }
    }

    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final CheckStore store;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Object ids = new Object();
    private long nextId;
    private long blockEnd;
    private volatile boolean running;
    private @Nullable Thread writer;

    CheckJournal(CheckStore store, AuditTrail audit, TransactionTemplate transactions) {
        this.store = store;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** A new check id, unique across instances (see the class comment). */
    long nextId() {
        synchronized (ids) {
            if (nextId == blockEnd) {
                nextId = store.nextIdBlock();
                blockEnd = nextId + CheckStore.ID_BLOCK;
            }
            return nextId++;
        }
    }

    /**
     * Writes the check and returns once it is durable. Throws, and the check is then not recorded, when it could not
     * be written, when the journal does not run, or when the writer had not taken it within the wait limit.
     */
    void write(JournaledCheck check) {
        RuntimeException failure = writeAll(List.of(check)).getFirst();
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Writes the checks, handed over together so that they are written in as few groups as they fill; for each, in
     * order, null once it is durable or why it is not recorded (as {@link #write} would throw it).
     */
    List<@Nullable RuntimeException> writeAll(List<JournaledCheck> checks) {
        List<Waiting> waiting = checks.stream().map(Waiting::new).toList();
        if (!isRunning()) {
            return waiting.stream()
                    .map(w -> (RuntimeException) unavailable("the check journal is not running"))
                    .toList();
        }
        queue.addAll(waiting);
        // one wait limit for all of them, counted from the hand-over
        long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
        List<@Nullable RuntimeException> failures = new ArrayList<>(waiting.size());
        for (Waiting one : waiting) {
            try {
                await(one, deadline);
                failures.add(null);
            } catch (RuntimeException failure) {
                failures.add(failure);
            }
        }
        return failures;
    }

    private void await(Waiting waiting, long deadline) {
        if (!isRunning() && waiting.abandon()) {
            throw unavailable("the check journal stopped");
        }
        try {
            awaitWritten(waiting, deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (waiting.abandon()) {
                throw unavailable("interrupted while the check waited to be written");
            }
            awaitUninterruptibly(waiting);
        } catch (TimeoutException e) {
            if (waiting.abandon()) {
                throw unavailable("the check was not taken for writing within " + WAIT_LIMIT.toSeconds() + " s");
            }
            // the writer has it: its outcome is the check's
            awaitUninterruptibly(waiting);
        }
    }

    private static void awaitWritten(Waiting waiting, long deadline) throws InterruptedException, TimeoutException {
        try {
            waiting.written.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw failure(waiting, e);
        }
    }

    private static void awaitUninterruptibly(Waiting waiting) {
        try {
            waiting.written.join();
        } catch (CompletionException e) {
            throw failure(waiting, e);
        }
    }

    private static RuntimeException failure(Waiting waiting, Exception wrapped) {
        if (wrapped.getCause() instanceof RuntimeException failure) {
            return failure;
        }
        return new IllegalStateException(
                "check " + waiting.check.row().checkId() + " was not written", wrapped.getCause());
    }

    private void loop() {
        List<Waiting> group = new ArrayList<>(MAX_GROUP);
        while (running) {
            try {
                Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                group.removeIf(w -> !w.take());
                if (!group.isEmpty()) {
                    writeGroup(group);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Throwable unexpected) {
                // whatever went wrong, the requests waiting for this group learn of it and the writer goes on
                group.forEach(w -> w.written.completeExceptionally(unexpected));
                log.error("Writing a group of {} checks failed", group.size(), unexpected);
            } finally {
                group.clear();
            }
        }
        // stopped: what is still queued was not taken and is not written
        Waiting left;
        while ((left = queue.poll()) != null) {
            if (left.take()) {
                left.written.completeExceptionally(unavailable("the check journal stopped"));
            }
        }
    }

    /** Writes the group in one transaction; if that fails, each check in a transaction of its own. */
    void writeGroup(List<Waiting> group) {
        try {
            transactions.executeWithoutResult(status -> insertGroup(group));
            group.forEach(w -> w.written.complete(null));
        } catch (RuntimeException groupFailure) {
            if (group.size() == 1) {
                group.getFirst().written.completeExceptionally(groupFailure);
                return;
            }
            log.warn(
                    "A group of {} checks failed to write ({}); writing them one by one",
                    group.size(),
                    groupFailure.toString());
            for (Waiting one : group) {
                try {
                    transactions.executeWithoutResult(status -> insertGroup(List.of(one)));
                    one.written.complete(null);
                } catch (DuplicateKeyException committed) {
                    // its id is its own: the group's commit went through after all, only its answer was lost
                    log.warn(
                            "Check {} was written by its group after all",
                            one.check.row().checkId());
                    one.written.complete(null);
                } catch (RuntimeException failure) {
                    one.written.completeExceptionally(failure);
                }
            }
        }
    }

    private void insertGroup(List<Waiting> group) {
        List<CheckStore.CheckRow> rows = new ArrayList<>(group.size());
        List<CheckStore.MeasureRow> measures = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>(group.size());
        for (Waiting waiting : group) {
            JournaledCheck check = waiting.check;
            rows.add(check.row());
            check.measures()
                    .forEach(m ->
                            measures.add(new CheckStore.MeasureRow(check.row().checkId(), m)));
            entries.add(check.audit());
        }
        store.insertAll(rows, measures);
        audit.recordAll(entries);
    }

    static ApiException unavailable(String detail) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "check-not-recorded", "Check not recorded", detail);
    }

    @Override
    public synchronized void start() {
        running = true;
        writer = Thread.ofPlatform().name("check-journal").daemon().start(this::loop);
    }

    @Override
    public synchronized void stop() {
        // no interrupt: it could land in the middle of a write (an embedded H2 closes its file on one); the loop sees
        // the flag within its poll interval, finishes the group in hand and fails what is still queued
        running = false;
        Thread t = writer;
        writer = null;
        if (t != null) {
            try {
                t.join(WAIT_LIMIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        Thread t = writer;
        return running && t != null && t.isAlive();
    }

    /**
     * Starts before and stops after the web server (whose lifecycles run in phases {@code DEFAULT_PHASE - 1024} and
     * {@code - 2048}), so that every request it took finds the journal writing.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
