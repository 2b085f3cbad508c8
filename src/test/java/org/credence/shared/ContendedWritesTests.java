package org.credence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.credence.support.CountingTransactions;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.support.TransactionTemplate;

class ContendedWritesTests {

    @Test
    void workThatLostToAnotherWriterRunsAgainInANewTransaction() {
        var transactions = new CountingTransactions();
        AtomicInteger attempts = new AtomicInteger();

        ContendedWrites.run(new TransactionTemplate(transactions), () -> {
            switch (attempts.incrementAndGet()) {
                case 1 -> throw new QueryTimeoutException("lock wait timed out");
                case 2 -> throw new PessimisticLockingFailureException("deadlock victim");
                case 3 -> throw new DuplicateKeyException("first rating stored meanwhile");
                default -> {}
            }
        });

        assertThat(attempts).hasValue(4);
        assertThat(transactions.begun).hasValue(4);
        assertThat(transactions.rolledBack).hasValue(3);
        assertThat(transactions.committed).hasValue(1);
    }

    @Test
    void aFailureThatIsNotContentionIsNotRetried() {
        var transactions = new CountingTransactions();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> ContendedWrites.run(new TransactionTemplate(transactions), () -> {
                    attempts.incrementAndGet();
                    throw new DataIntegrityViolationException("not null");
                }))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(attempts).hasValue(1);
        assertThat(transactions.committed).hasValue(0);
    }

    @Test
    void aResultComesBackFromTheAttemptThatWon() {
        AtomicInteger attempts = new AtomicInteger();
        String result = ContendedWrites.call(new TransactionTemplate(new CountingTransactions()), () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new QueryTimeoutException("lock wait timed out");
            }
            return "rated on attempt " + attempts.get();
        });
        assertThat(result).isEqualTo("rated on attempt 2");
    }

    @Test
    void contentionThatLastsFailsAfterTheLastRetry() {
        var transactions = new CountingTransactions();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> ContendedWrites.run(new TransactionTemplate(transactions), () -> {
                    attempts.incrementAndGet();
                    throw new QueryTimeoutException("lock wait timed out");
                }))
                .isInstanceOf(QueryTimeoutException.class);
        assertThat(attempts).hasValue(5);
    }
}
