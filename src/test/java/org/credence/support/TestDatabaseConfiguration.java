package org.credence.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts each test JVM on an empty schema: the first context cleans the database (a PostgreSQL test database keeps
 * what the previous run left) and migrates; later contexts only migrate, so that they do not wipe each other's data.
 */
@Configuration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanOnceThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
