package org.credence.listing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.credence.support.CountingTransactions;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The backlog's sets: each id once, each set in one transaction, several sets at once, the first failure thrown. */
class InSetsTests {

    private final CountingTransactions manager = new CountingTransactions();
    private final TransactionTemplate transactions = new TransactionTemplate(manager);

    private static List<Long> ids(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void everyIdOnceEachSetInATransactionOfItsOwnSeveralAtOnce() throws InterruptedException {
        Map<Long, Integer> applied = new ConcurrentHashMap<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        CountDownLatch twoSetsStarted = new CountDownLatch(2);
        boolean[] overlapped = new boolean[1];

        InSets.applyConcurrently(
                ids(1_050),
                transactions,
                id -> {
                    assertThat(TransactionSynchronizationManager.isActualTransactionActive())
                            .isTrue();
                    if (id % InSets.SIZE == 1) { // the first id of a set
                        int now = inFlight.incrementAndGet();
                        mostInFlight.accumulateAndGet(now, Math::max);
                        twoSetsStarted.countDown();
                        try {
                            // the first sets wait for a second to start: only sets worked at once both get past
                            if (id <= 2 * InSets.SIZE + 1) {
                                overlapped[0] |= twoSetsStarted.await(5, TimeUnit.SECONDS);
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    applied.merge(id, 1, Integer::sum);
                    if (id % InSets.SIZE == 0 || id == 1_050) { // the last id of a set
                        inFlight.decrementAndGet();
                    }
                },
                4);

        assertThat(applied)
                .hasSize(1_050)
                .allSatisfy((id, times) -> assertThat(times).as("id %d", id).isEqualTo(1));
        assertThat(manager.begun).hasValue(11);
        assertThat(manager.committed).hasValue(11);
        assertThat(overlapped[0]).as("two sets were worked at once").isTrue();
        assertThat(mostInFlight.get()).isBetween(2, 4);
    }

    @Test
    void theFirstFailureStopsTheTakingOfSetsAndIsThrown() {
        AtomicInteger setsStarted = new AtomicInteger();
        assertThatThrownBy(() -> InSets.applyConcurrently(
                        ids(5_000),
                        transactions,
                        id -> {
                            if (id % InSets.SIZE == 1) {
                                setsStarted.incrementAndGet();
                                if (id != 201) {
                                    // the other sets take a while: the failure comes while they are in flight
                                    sleep(50);
                                }
                            }
                            if (id == 250) {
                                throw new IllegalStateException("the third set fails");
                            }
                        },
                        3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the third set fails");
        assertThat(manager.rolledBack).hasValue(1);
        // the failing set and those already in flight; not the fifty the ids make
        assertThat(setsStarted.get()).isLessThan(10);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void oneWorkerWorksTheSetsInOrderOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        List<Long> seen = new java.util.ArrayList<>();
        InSets.applyConcurrently(
                ids(250),
                transactions,
                id -> {
                    assertThat(Thread.currentThread()).isSameAs(caller);
                    seen.add(id);
                },
                1);
        assertThat(seen).isEqualTo(ids(250));
        assertThat(manager.committed).hasValue(3);
    }
}
