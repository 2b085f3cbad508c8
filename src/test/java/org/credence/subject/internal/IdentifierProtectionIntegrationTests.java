package org.credence.subject.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectRegistry;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Identifiers are encrypted at rest in the raw table, on H2 and PostgreSQL alike. */
@SpringBootTest
class IdentifierProtectionIntegrationTests {

    @Autowired
    SubjectRegistry registry;

    @Autowired
    IdentifierMaintenance maintenance;

    @Autowired
    IdentifierProtector protector;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesNoClearIdentifierInTheRawTable() {
        var number = TestIdentifiers.person();
        long id = registry.register(new NewSubject(number, "沈括", null, null)).subjectId();
        Map<String, Object> row = jdbc.sql("SELECT * FROM subject WHERE subject_id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row.values())
                .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(number.value()));
        assertThat(row.get("identifier_masked")).isEqualTo(number.masked());
        assertThat(protector.decrypt((String) row.get("identifier_key_id"), (String) row.get("identifier_cipher")))
                .isEqualTo(number.value());
        assertThat(registry.lookup(number.value())).isInstanceOf(SubjectLookup.Found.class);
    }

    @Test
    void protectsRowsStoredInClearByAnEarlierVersion() {
        var number = TestIdentifiers.organisation();
        long id = registry.register(new NewSubject(number, "旧版本写入的单位", null, null))
                .subjectId();
        jdbc.sql("UPDATE subject SET identifier_hash = :clear, identifier_cipher = NULL, identifier_key_id = NULL"
                        + " WHERE subject_id = :id")
                .param("clear", number.value())
                .param("id", id)
                .update();
        assertThat(maintenance.protectClearRows()).isGreaterThanOrEqualTo(1);
        String hash = jdbc.sql("SELECT identifier_hash FROM subject WHERE subject_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(hash).isEqualTo(protector.lookupHash(number.value()));
        assertThat(registry.lookup(number.value())).isInstanceOf(SubjectLookup.Found.class);
    }
}
