package org.credence.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded profiles load once: a second start (or a second instance) adds nothing. */
@SpringBootTest
class SeedingIntegrationTests {

    @Autowired
    ProfileSeeder seeder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedingAgainAddsNothing() {
        long before = seeded();
        assertThat(before).isGreaterThanOrEqualTo(2);
        seeder.seed();
        assertThat(seeded()).isEqualTo(before);
    }

    private long seeded() {
        return jdbc.sql("SELECT COUNT(*) FROM supervision_profile WHERE created_by = 'seed'")
                .query(Long.class)
                .single();
    }
}
