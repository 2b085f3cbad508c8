package org.credence.access.internal;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.credence.access.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends the audit entry of a write in the transaction that carries the write. The web edge announces the write
 * ({@link #expect}) before its handler runs; every read-write transaction the handler then starts on this thread
 * appends the entry just before it commits, unless an earlier one already committed it. So the entry commits or rolls
 * back with the change: a write that rolls back leaves no "allowed" entry, and a committed write always has one.
 *
 * <p>Spring Boot registers this listener with the transaction manager. Reads are assumed to run in read-only
 * transactions or in none (as the modules' facades declare them); a read-write transaction that commits before the handler's
 * real change fails would carry the entry, which is why the edge adds a "failed" entry when the request fails after one
 * was committed.
 */
@Component
class WriteAudit implements TransactionExecutionListener {

    private static final ThreadLocal<Expected> EXPECTED = new ThreadLocal<>();

    private final AuditAppender appender;

    WriteAudit(AuditAppender appender) {
        this.appender = appender;
    }

    /** Announces the write the current thread is about to carry out, with the entry to append when it commits. */
    void expect(AuditEntry entry) {
        EXPECTED.set(new Expected(entry));
    }

    /**
     * Lets an entry a module writes inside the write's own transaction stand for the write's entry (it says more:
     * subject, purpose, case), so that one write leaves one entry. False when no write of this thread waits for the
     * current transaction to commit: the caller then appends the entry itself.
     */
    boolean supersede(AuditEntry entry) {
        Expected expected = EXPECTED.get();
        if (expected == null || !expected.pending) {
            return false;
        }
        expected.entry = entry;
        return true;
    }

    /**
     * Runs this thread's write whose entry another thread's transaction commits: while it runs, the entry counts as
     * pending, so that no transaction of this thread appends it; once it returns, as committed if {@code recorded}
     * holds for its result.
     */
    <T> T committedElsewhere(Supplier<T> write, Predicate<? super T> recorded) {
        Expected expected = EXPECTED.get();
        if (expected == null || expected.committed || expected.pending) {
            return write.get();
        }
        expected.pending = true;
        T result;
        try {
            result = write.get();
        } finally {
            expected.pending = false;
        }
        expected.committed = recorded.test(result);
        return result;
    }

    /** Ends the write on this thread: whether its entry was committed with a transaction. */
    boolean finish() {
        Expected expected = EXPECTED.get();
        EXPECTED.remove();
        return expected != null && expected.committed;
    }

    @Override
    public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
        Expected expected = EXPECTED.get();
        // Only the outermost read-write transaction carries the entry: a transaction of its own that the handler
        // opens inside it (REQUIRES_NEW, a first rating say) is part of the same write.
        if (expected == null
                || expected.committed
                || expected.pending
                || beginFailure != null
                || transaction.isReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        expected.pending = true;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            private boolean appended;

            @Override
            public void beforeCommit(boolean readOnly) {
                if (!expected.committed) {
                    appender.append(expected.entry);
                    appended = true;
                }
            }

            @Override
            public void afterCompletion(int status) {
                expected.pending = false;
                if (appended && status == STATUS_COMMITTED) {
                    expected.committed = true;
                }
            }
        });
    }

    private static final class Expected {

        private AuditEntry entry;
        private boolean committed;
        private boolean pending;

        Expected(AuditEntry entry) {
            this.entry = entry;
        }
    }
}
