package org.credence.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.credence.shared.PageRequest;
import org.credence.subject.SubjectRegistry;
import org.credence.support.Http;
import org.credence.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/** A subject's access log, derived from the audit trail: who read the file, when, for what purpose and case. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogIntegrationTests {

    @Autowired
    AccessAdministration administration;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    AuditTrail audit;

    @LocalServerPort
    int port;

    TestAccounts accounts;
    TestAccounts others;

    @BeforeAll
    void accounts() {
        accounts = new TestAccounts(administration, subjects, "ACCESS-LOG-TEST");
        others = new TestAccounts(administration, subjects, "ACCESS-LOG-OTHER");
    }

    @Test
    void anApproversReadUnderAPurposeShowsInTheSubjectsAccessLog() {
        String caseNumber = "XK-" + UUID.randomUUID().toString().substring(0, 8);
        var read = new Http(client(accounts.token(Role.APPROVER), "PUBLIC_PROCUREMENT", caseNumber))
                .get("/api/v1/subjects/" + accounts.subjectIdentifier());
        assertThat(read.status()).isEqualTo(200);

        var log = new Http(accounts.client(port, Role.SUBJECT))
                .get("/api/v1/subjects/" + accounts.subjectIdentifier() + "/access-log");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body().toString()).doesNotContain(accounts.subjectIdentifier());
        assertThat(log.text("/maskedIdentifier")).contains("*");
        var first = log.body()
                .path("accesses")
                .path("items")
                .valueStream()
                .filter(a -> a.path("caseNumber").asString().equals(caseNumber))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the read is not in the log: " + log.body()));
        assertThat(first.path("actor").asString()).isEqualTo(accounts.name(Role.APPROVER));
        assertThat(first.path("organisation").asString()).isEqualTo("ACCESS-LOG-TEST");
        assertThat(first.path("action").asString()).isEqualTo("subject.read");
        assertThat(first.path("purpose").asString()).isEqualTo("PUBLIC_PROCUREMENT");
        assertThat(first.path("occurredAt").asString()).isNotBlank();
    }

    @Test
    void anotherSubjectCannotReadTheLogNorAppearInIt() {
        var refused = new Http(others.client(port, Role.SUBJECT))
                .get("/api/v1/subjects/" + accounts.subjectIdentifier() + "/access-log");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("/code")).isEqualTo("not-own-file");
        assertThat(audit.accessesOf(accounts.subjectId(), new PageRequest(0, 500))
                        .items())
                .as("refused attempts are for auditors, not part of the subject's log")
                .noneMatch(a -> a.actor().equals(others.name(Role.SUBJECT)));
        var approver = new Http(accounts.client(port, Role.APPROVER))
                .get("/api/v1/subjects/" + accounts.subjectIdentifier() + "/access-log");
        assertThat(approver.text("/code")).isEqualTo("forbidden");
    }

    @Test
    void creditOfficersAndAuditorsReadAnySubjectsLogAndTheirReadIsLogged() {
        for (Role role : new Role[] {Role.CREDIT_OFFICER, Role.AUDITOR}) {
            var log = new Http(others.client(port, role))
                    .get("/api/v1/subjects/" + accounts.subjectIdentifier() + "/access-log");
            assertThat(log.status()).as(role.name()).isEqualTo(200);
        }
        assertThat(audit.accessesOf(accounts.subjectId(), new PageRequest(0, 500))
                        .items())
                .anySatisfy(a -> {
                    assertThat(a.actor()).isEqualTo(others.name(Role.AUDITOR));
                    assertThat(a.action()).isEqualTo("access-log.read");
                    assertThat(a.purpose()).isEqualTo("AUDIT");
                });
    }

    private RestClient client(String token, String purpose, String caseNumber) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + token)
                .defaultHeader("X-Purpose", purpose)
                .defaultHeader("X-Case-Number", caseNumber)
                .build();
    }
}
