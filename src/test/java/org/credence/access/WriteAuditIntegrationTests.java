package org.credence.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.credence.shared.PageRequest;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectRegistry;
import org.credence.support.Http;
import org.credence.support.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * A write's audit entry is appended in the write's own transaction: a committed write has exactly one "allowed"
 * entry, a failed write none, and a write whose entry cannot be appended does not happen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WriteAuditIntegrationTests {

    @Autowired
    AccessAdministration administration;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    @Test
    void aCommittedWriteHasExactlyOneAllowedEntryAndAFailedOneOnlyAFailedEntry() {
        String officer = officer("write-audit-" + System.nanoTime());
        Http http = new Http(client(officer));
        String code = Organisations.fresh().value();
        Map<String, String> company = Map.of("identifier", code, "name", "审计写入测试有限公司");

        assertThat(http.post("/api/v1/subjects", company).status()).isEqualTo(201);
        assertThat(outcomes(officer)).containsExactly(AuditEntry.Outcome.ALLOWED);

        assertThat(http.post("/api/v1/subjects", company).status()).isEqualTo(409);
        assertThat(outcomes(officer)).containsExactly(AuditEntry.Outcome.FAILED, AuditEntry.Outcome.ALLOWED);
    }

    @Test
    void aWriteWhoseEntryCannotBeAppendedDoesNotHappen() {
        String officer = officer("audit-breaker-" + System.nanoTime());
        String code = Organisations.fresh().value();
        // The audit log refuses this one actor's entries, as a full disk or a lost connection would refuse all.
        jdbc.sql("ALTER TABLE audit_log ADD CONSTRAINT audit_log_breaker_ck CHECK (actor <> '" + officer + "')")
                .update();
        Http.Response response;
        try {
            response = new Http(client(officer))
                    .post("/api/v1/subjects", Map.of("identifier", code, "name", "审计失败测试有限公司"));
        } finally {
            jdbc.sql("ALTER TABLE audit_log DROP CONSTRAINT audit_log_breaker_ck")
                    .update();
        }
        assertThat(response.status()).isEqualTo(500);
        assertThat(subjects.lookup(code))
                .as("the subject was not put on file without its audit entry")
                .isInstanceOf(SubjectLookup.Unknown.class);
        assertThat(outcomes(officer)).isEmpty();
    }

    private List<AuditEntry.Outcome> outcomes(String actor) {
        return audit.query(new AuditQuery(null, actor, null, null, null), new PageRequest(0, 50)).items().stream()
                .map(r -> r.entry().outcome())
                .toList();
    }

    private String officer(String name) {
        administration.ensureOrganisation(
                "WRITE-AUDIT-TEST", "Write audit test", AccessAdministration.OrganisationKind.PLATFORM);
        long account = administration.createAccount(new AccessAdministration.NewAccount(
                name, "WRITE-AUDIT-TEST", Set.of(Role.CREDIT_OFFICER), null, null, false));
        tokens.put(name, administration.issueApiKey(account, Duration.ofDays(1)).token());
        return name;
    }

    private RestClient client(String name) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + tokens.get(name))
                .build();
    }
}
