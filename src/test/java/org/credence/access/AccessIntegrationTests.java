package org.credence.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.credence.shared.PageRequest;
import org.credence.subject.SubjectRegistry;
import org.credence.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessIntegrationTests {

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

    TestAccounts accounts;

    @BeforeEach
    void accounts() {
        accounts = new TestAccounts(administration, subjects, "ACCESS-TEST");
    }

    @Test
    void refusesAPurposeBoundReadWithoutPurpose() {
        var response = call(
                RestClient.builder()
                        .baseUrl("http://localhost:" + port)
                        .defaultHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + accounts.token(Role.AUDITOR))
                        .build(),
                "/api/v1/audit");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"purpose-required\"").contains("X-Purpose");
    }

    @Test
    void refusesAPurposeTheRoleMayNotName() {
        var response = call(
                RestClient.builder()
                        .baseUrl("http://localhost:" + port)
                        .defaultHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + accounts.token(Role.AUDITOR))
                        .defaultHeader("X-Purpose", "PUBLIC_PROCUREMENT")
                        .defaultHeader("X-Case-Number", "ZC-2026-1")
                        .build(),
                "/api/v1/audit");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("\"code\":\"purpose-not-permitted\"");
    }

    @Test
    void auditsPurposeBoundReadsWithActorOrganisationAndPurpose() {
        var response = call(accounts.client(port, Role.AUDITOR), "/api/v1/audit?size=1");
        assertThat(response.status()).isEqualTo(200);
        audit.seal();
        var entries = audit.query(new AuditQuery(null, null, "ACCESS-TEST", null, null), new PageRequest(0, 50));
        assertThat(entries.items()).anySatisfy(r -> {
            assertThat(r.entry().action()).isEqualTo("audit.query");
            assertThat(r.entry().purpose()).isEqualTo("AUDIT");
            assertThat(r.entry().caseNumber()).isEqualTo("TEST-CASE-1");
            assertThat(r.entry().outcome()).isEqualTo(AuditEntry.Outcome.ALLOWED);
            assertThat(r.entry().actor()).startsWith("test-auditor-");
        });
    }

    @Test
    void auditsWritesWithTheirOutcome() {
        var response = accounts.client(port, Role.ADMINISTRATOR)
                .delete()
                .uri("/api/v1/access/keys/no-such-key")
                .exchange((request, resp) -> resp.getStatusCode().value());
        assertThat(response).isEqualTo(404);
        audit.seal();
        var entries = audit.query(
                new AuditQuery(null, accounts.name(Role.ADMINISTRATOR), null, null, null), new PageRequest(0, 50));
        assertThat(entries.items())
                .as("a revocation that changed nothing leaves no allowed entry")
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.entry().action()).isEqualTo("DELETE /api/v1/access/keys/{keyId}");
                    assertThat(r.entry().outcome()).isEqualTo(AuditEntry.Outcome.FAILED);
                });
    }

    @Test
    void rejectsRevokedExpiredAndForgedKeys() {
        long account = administration.createAccount(new AccessAdministration.NewAccount(
                "revocation-" + System.nanoTime(), "ACCESS-TEST", Set.of(Role.AUDITOR), null, null, false));
        var revoked = administration.issueApiKey(account, Duration.ofDays(1));
        assertThat(administration.revokeApiKey(revoked.keyId())).isTrue();
        var expired = administration.issueApiKey(account, Duration.ZERO);
        var valid = administration.issueApiKey(account, Duration.ofDays(1));
        String forged = valid.token().substring(0, valid.token().length() - 2) + "xx";
        for (String token : new String[] {revoked.token(), expired.token(), forged, "not-a-key"}) {
            var response = call(withKey(token), "/api/v1/me");
            assertThat(response.status()).as(token).isEqualTo(401);
            assertThat(response.body()).contains("\"code\":\"invalid-api-key\"");
        }
        assertThat(call(withKey(valid.token()), "/api/v1/me").body()).contains("\"organisation\":\"ACCESS-TEST\"");
    }

    @Test
    void storesOnlyTheHashOfAKeysSecret() {
        long account = administration.createAccount(new AccessAdministration.NewAccount(
                "hash-only-" + System.nanoTime(), "ACCESS-TEST", Set.of(Role.AUDITOR), null, null, false));
        var key = administration.issueApiKey(account, Duration.ofDays(1));
        String secret = key.token().substring(key.token().indexOf('.') + 1);
        String stored = jdbc.sql("SELECT secret_hash FROM access_api_key WHERE key_id = :id")
                .param("id", key.keyId())
                .query(String.class)
                .single();
        assertThat(stored).hasSize(64).doesNotContain(secret);
    }

    @Test
    void sendsSecureHeaders() {
        var headers = TestAccounts.anonymous(port)
                .get()
                .uri("/actuator/health")
                .exchange((request, resp) -> resp.getHeaders());
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void keepsNoSessionForApiKeyCallsButProtectsTheirEndpointsAlike() {
        var headers = withKey(accounts.token(Role.AUDITOR))
                .get()
                .uri("/api/v1/me")
                .exchange((request, resp) -> {
                    assertThat(resp.getStatusCode().value()).isEqualTo(200);
                    return resp.getHeaders();
                });
        assertThat(headers.get(HttpHeaders.SET_COOKIE))
                .as("no session for a key")
                .isNull();
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");

        // the token chain applies the same endpoint rules: an auditor may not file records
        int status = withKey(accounts.token(Role.AUDITOR))
                .post()
                .uri("/api/v1/records")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{}")
                .exchange((request, resp) -> resp.getStatusCode().value());
        assertThat(status).isEqualTo(403);
    }

    @Test
    void protectsTheLoginFormAgainstCrossSiteRequests() {
        var response = TestAccounts.anonymous(port)
                .post()
                .uri("/login")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("username=demo&password=demo")
                .exchange((request, resp) -> resp.getStatusCode().value());
        assertThat(response).isEqualTo(403);
    }

    private RestClient withKey(String token) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + token)
                .build();
    }

    private static Result call(RestClient client, String uri) {
        return client.get()
                .uri(uri)
                .exchange((request, resp) -> new Result(
                        resp.getStatusCode().value(),
                        new String(resp.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    record Result(int status, String body) {}
}
