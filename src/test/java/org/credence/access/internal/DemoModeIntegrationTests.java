package org.credence.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credence.access.AccessAdministration;
import org.credence.subject.SubjectRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

/**
 * Demo mode on its own embedded database: demo accounts are seeded and written to the data directory, their keys
 * work, a production start refuses to run with them, and anonymous callers are rate limited.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-mode;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "credence.demo.enabled=true",
            "credence.data-dir=target/demo-mode-test",
            "credence.access.public-requests-per-minute=5"
        })
class DemoModeIntegrationTests {

    @Autowired
    AccessAdministration administration;

    @Autowired
    JdbcAccounts accounts;

    @Autowired
    SubjectRegistry subjects;

    @LocalServerPort
    int port;

    @Test
    void seedsDemoAccountsAndWritesTheirCredentials() throws IOException {
        List<String> lines =
                Files.readAllLines(Path.of("target/demo-mode-test/demo-credentials.txt"), StandardCharsets.UTF_8);
        String auditor =
                lines.stream().filter(l -> l.startsWith("AUDITOR")).findFirst().orElseThrow();
        String token = auditor.substring(auditor.lastIndexOf(' ') + 1);
        String me = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, "ApiKey " + token)
                .retrieve()
                .body(String.class);
        assertThat(me).contains("\"AUDITOR\"").contains("demo-auditor-client");
        assertThat(lines).anyMatch(l -> l.startsWith("SUBJECT"));
        assertThat(administration.accounts())
                .filteredOn(AccessAdministration.AccountView::demo)
                .hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void seedsCreditOfficersOfTheManagingAuthoritiesOfTheLists() throws IOException {
        List<String> lines =
                Files.readAllLines(Path.of("target/demo-mode-test/demo-credentials.txt"), StandardCharsets.UTF_8);
        for (String authority : List.of("fz-market-supervision", "fz-intermediate-court")) {
            String officer = lines.stream()
                    .filter(l -> l.startsWith("CREDIT_OFFICER  " + authority))
                    .findFirst()
                    .orElseThrow();
            String me = RestClient.create("http://localhost:" + port)
                    .get()
                    .uri("/api/v1/me")
                    .header(HttpHeaders.AUTHORIZATION, "ApiKey " + officer.substring(officer.lastIndexOf(' ') + 1))
                    .retrieve()
                    .body(String.class);
            assertThat(me).contains("\"CREDIT_OFFICER\"").contains("\"organisation\":\"" + authority + "\"");
        }
    }

    @Test
    void seedsAnAssociationForTheDemoOfficerWithTheDemoSubjectAsMember() throws IOException {
        List<String> lines =
                Files.readAllLines(Path.of("target/demo-mode-test/demo-credentials.txt"), StandardCharsets.UTF_8);
        assertThat(lines).anyMatch(l -> l.startsWith("PROVIDER  fz-market-supervision"));
        String officer = lines.stream()
                .filter(l -> l.startsWith("ASSOCIATION_OFFICER"))
                .findFirst()
                .orElseThrow();
        Long person = accounts.user("demo-subject").orElseThrow().actor().subjectId();
        String roll = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/v1/subjects/51350100M000100Y47/members")
                .header(HttpHeaders.AUTHORIZATION, "ApiKey " + officer.substring(officer.lastIndexOf(' ') + 1))
                .header("X-Purpose", "SELF_DISCIPLINE")
                .retrieve()
                .body(String.class);
        assertThat(roll).contains("\"subjectId\":" + person + ",");
    }

    @Test
    void refusesAProductionStartWhileDemoAccountsExist() {
        var production = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/credence");
        var demo = new DemoAccess(administration, accounts, subjects, production);
        assertThatThrownBy(() -> demo.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo accounts");
        production.setProperty("credence.demo.enabled", "true");
        demo.run(new DefaultApplicationArguments());
    }

    @Test
    void limitsAnonymousRequestsPerAddress() {
        RestClient anonymous = RestClient.create("http://localhost:" + port);
        int last = 0;
        String body = "";
        for (int i = 0; i < 7; i++) {
            var result = anonymous.get().uri("/actuator/health").exchange((request, resp) -> new Object[] {
                resp.getStatusCode().value(), new String(resp.getBody().readAllBytes(), StandardCharsets.UTF_8)
            });
            last = (int) result[0];
            body = (String) result[1];
        }
        assertThat(last).isEqualTo(429);
        assertThat(body).contains("\"code\":\"rate-limited\"");
    }
}
