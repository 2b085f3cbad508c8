package org.credence.shared;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work that may meet a concurrent writer of the same rows in a transaction of its own, and runs it again in a new
 * transaction when it loses: a lock wait that timed out, a deadlock victim, a serialization failure, a unique key a
 * concurrent transaction took meanwhile (work that reads before it inserts finds that row the next time). For
 * asynchronous event handlers above all, whose failure would otherwise leave the event's work undone until the next
 * restart. The work must be idempotent.
 */
public final class ContendedWrites {

    private static final RetryTemplate RETRY = new RetryTemplate(RetryPolicy.builder()
            .includes(TransientDataAccessException.class, DuplicateKeyException.class)
            .maxRetries(4)
            .delay(Duration.ofMillis(50))
            .multiplier(3)
            .jitter(Duration.ofMillis(25))
            .build());

    private ContendedWrites() {}

    /** Runs the work in a transaction, again in a new one (up to four times, backing off) when it lost to another. */
    public static void run(TransactionTemplate transactions, Runnable work) {
        RETRY.invoke(() -> transactions.executeWithoutResult(status -> work.run()));
    }

    /** {@link #run}, for work with a result. */
    public static <T> T call(TransactionTemplate transactions, Supplier<T> work) {
        return RETRY.invoke(() -> Objects.requireNonNull(transactions.execute(status -> work.get())));
    }
}
