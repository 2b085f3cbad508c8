package org.credence.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * A transaction manager that holds no resource and counts the transactions begun, committed and rolled back: enough to
 * see which work ran in which transaction, for tests of code that only demarcates them.
 */
public final class CountingTransactions extends AbstractPlatformTransactionManager {

    public final AtomicInteger begun = new AtomicInteger();
    public final AtomicInteger committed = new AtomicInteger();
    public final AtomicInteger rolledBack = new AtomicInteger();

    @Override
    protected Object doGetTransaction() {
        return new Object();
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        begun.incrementAndGet();
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        committed.incrementAndGet();
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        rolledBack.incrementAndGet();
    }
}
