package org.credence.listing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a rule to ids taken from the work backlog a hundred at a time, each hundred in a transaction of its own: a
 * set that fails is tried again whole (the backlog keeps it), which the rules allow by being idempotent.
 */
final class InSets {

    static final int SIZE = 100;

    private InSets() {}

    static void apply(List<Long> ids, TransactionTemplate transactions, LongConsumer rule) {
        for (List<Long> set : sets(ids)) {
            transactions.executeWithoutResult(status -> set.forEach(rule::accept));
        }
    }

    /**
     * As {@link #apply}, with up to {@code workers} sets in flight at once, for a rule whose work for one id touches no
     * other id's rows (each id is in one set only). The work is mostly waiting for the database, statement after
     * statement, so a few sets at a time go faster even on few cores. The first failure stops the taking of further
     * sets and is thrown once the sets in flight are through; whatever committed is redone harmlessly when the backlog
     * hands the ids out again.
     */
    static void applyConcurrently(List<Long> ids, TransactionTemplate transactions, LongConsumer rule, int workers) {
        List<List<Long>> sets = sets(ids);
        if (workers <= 1 || sets.size() <= 1) {
            apply(ids, transactions, rule);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<?>> running = new ArrayList<>(workers);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < Math.min(workers, sets.size()); w++) {
                running.add(executor.submit(() -> {
                    int at;
                    while (!failed.get() && (at = next.getAndIncrement()) < sets.size()) {
                        List<Long> set = sets.get(at);
                        try {
                            transactions.executeWithoutResult(status -> set.forEach(rule::accept));
                        } catch (RuntimeException e) {
                            failed.set(true);
                            throw e;
                        }
                    }
                }));
            }
            RuntimeException first = null;
            for (Future<?> worker : running) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException r
                            ? r
                            : new IllegalStateException("a set of the backlog failed", e.getCause());
                    if (first == null) {
                        first = cause;
                    } else {
                        first.addSuppressed(cause);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.set(true);
                    throw new IllegalStateException("interrupted while the backlog's sets were worked", e);
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    private static List<List<Long>> sets(List<Long> ids) {
        List<List<Long>> sets = new ArrayList<>((ids.size() + SIZE - 1) / SIZE);
        for (int from = 0; from < ids.size(); from += SIZE) {
            sets.add(ids.subList(from, Math.min(ids.size(), from + SIZE)));
        }
        return sets;
    }
}
