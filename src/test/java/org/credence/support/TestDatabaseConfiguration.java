package org.credence.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts each test JVM on an empty schema: the first context on a database cleans it (a PostgreSQL test database keeps
 * what the previous run left) and migrates; later contexts on the same database only migrate, so that they do not wipe
 * each other's data. A context on a database of its own (an isolated H2) does not use up the shared database's clean.
 */
@Configuration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    private static final Set<String> CLEANED = ConcurrentHashMap.newKeySet();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.add(url(flyway.getConfiguration().getDataSource()))) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }

    private static String url(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database URL", e);
        }
    }
}
