package org.credence.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On a database of its own: an empty embedded H2, as on a first start. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "credence.demo.enabled=true"
        })
class DemoDataIntegrationTests {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTheDemoPopulationOnStartAndNotAgain() {
        assertThat(count("SELECT COUNT(*) FROM subject WHERE kind = 'PERSON'")).isEqualTo(3_000);
        // 500 generated, and the association the demo association officer's organisation is (registered by the demo
        // accounts, once, with the demo subject as its member)
        assertThat(count("SELECT COUNT(*) FROM subject WHERE kind = 'ORGANISATION'"))
                .isEqualTo(501);
        long roles = count("SELECT COUNT(*) FROM subject_role");
        assertThat(count("SELECT COUNT(DISTINCT subject_id) FROM subject_role WHERE role = 'LEGAL_REPRESENTATIVE'"))
                .isEqualTo(500);
        assertThat(count("SELECT COUNT(*) FROM professional_registration")).isBetween(60L, 180L);
        assertThat(count("SELECT COUNT(*) FROM association_membership")).isPositive();

        assertThat(loader.load()).isFalse();

        assertThat(count("SELECT COUNT(*) FROM subject")).isEqualTo(3_501);
        assertThat(count("SELECT COUNT(*) FROM subject_role")).isEqualTo(roles);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
