package org.credence.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Driver settings for PostgreSQL that a URL given by an operator should not have to carry. {@code
 * reWriteBatchedInserts}: a batch of inserts goes to the server as multi-row inserts rather than one statement a row,
 * which is what the group commits (checks, audit entries) and the bulk paths write. The update counts of a rewritten
 * batch ({@code INSERT … VALUES}) are then unknown (-2): nothing reads them. {@code INSERT … SELECT} batches are not
 * rewritten and keep their counts (the subject import's links read those).
 */
@Component
class PostgresDriverSettings implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        // after the binding of spring.datasource.*, before the pool's first connection
        if (bean instanceof HikariDataSource pool
                && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !pool.getDataSourceProperties().containsKey("reWriteBatchedInserts")) {
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
