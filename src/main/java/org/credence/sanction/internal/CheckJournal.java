package org.credence.sanction.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.credence.access.AuditEntry;
import org.credence.access.AuditTrail;
import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
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
 * <p>A group that fails is written again check by check, so that one bad check fails alone. Check ids are handed out
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

    private record Waiting(JournaledCheck check, CompletableFuture<Void> written) {}

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
     * Writes the check and returns once it is durable; throws (and the check counts as never given) when it could not
     * be written, or when the journal does not run.
     */
    void write(JournaledCheck check) {
        if (!running) {
            throw unavailable("the check journal is not running");
        }
        CompletableFuture<Void> written = new CompletableFuture<>();
        queue.add(new Waiting(check, written));
        try {
            written.get(WAIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while the check was written");
        } catch (TimeoutException e) {
            throw unavailable("the check was not written within " + WAIT_LIMIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("check " + check.row().checkId() + " was not written", e.getCause());
        }
    }

    private void loop() {
        List<Waiting> group = new ArrayList<>(MAX_GROUP);
        while (running || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                writeGroup(group);
            } catch (InterruptedException e) {
                // stop() interrupts only to end the wait: what is queued is still written (the loop's condition)
            } finally {
                group.clear();
            }
        }
    }

    private void writeGroup(List<Waiting> group) {
        try {
            transactions.executeWithoutResult(status -> writeAll(group));
            group.forEach(w -> w.written().complete(null));
        } catch (RuntimeException groupFailure) {
            if (group.size() == 1) {
                group.getFirst().written().completeExceptionally(groupFailure);
                return;
            }
            log.warn(
                    "A group of {} checks failed to write ({}); writing them one by one",
                    group.size(),
                    groupFailure.toString());
            for (Waiting one : group) {
                try {
                    transactions.executeWithoutResult(status -> writeAll(List.of(one)));
                    one.written().complete(null);
                } catch (RuntimeException failure) {
                    one.written().completeExceptionally(failure);
                }
            }
        }
    }

    private void writeAll(List<Waiting> group) {
        List<CheckStore.CheckRow> rows = new ArrayList<>(group.size());
        List<CheckStore.MeasureRow> measures = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>(group.size());
        for (Waiting waiting : group) {
            JournaledCheck check = waiting.check();
            rows.add(check.row());
            check.measures()
                    .forEach(m ->
                            measures.add(new CheckStore.MeasureRow(check.row().checkId(), m)));
            entries.add(check.audit());
        }
        store.insertAll(rows, measures);
        audit.recordAll(entries);
    }

    private static ApiException unavailable(String detail) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "check-not-recorded", "Check not recorded", detail);
    }

    @Override
    public synchronized void start() {
        running = true;
        writer = Thread.ofPlatform().name("check-journal").daemon().start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread t = writer;
        writer = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(WAIT_LIMIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
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
