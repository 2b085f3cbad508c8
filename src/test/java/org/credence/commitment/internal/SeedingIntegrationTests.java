package org.credence.commitment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded templates load once: a second start (or a second instance) adds nothing. */
@SpringBootTest
class SeedingIntegrationTests {

    @Autowired
    TemplateSeeder seeder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedingAgainAddsNothing() {
        long before = seeded();
        assertThat(before).isGreaterThanOrEqualTo(8);
        seeder.seed();
        assertThat(seeded()).isEqualTo(before);
    }

    private long seeded() {
        return jdbc.sql("SELECT COUNT(*) FROM commitment_template WHERE created_by = 'seed'")
                .query(Long.class)
                .single();
    }
}
