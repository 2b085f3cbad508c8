package org.credence.listing.internal;

import java.util.List;
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
        for (int from = 0; from < ids.size(); from += SIZE) {
            List<Long> set = ids.subList(from, Math.min(ids.size(), from + SIZE));
            transactions.executeWithoutResult(status -> set.forEach(rule::accept));
        }
    }
}
