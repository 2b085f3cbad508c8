package org.credence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsWithMigratedSchemaAndReportsHealthOverHttp() {
        String health = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/actuator/health")
                .retrieve()
                .body(String.class);
        assertThat(health).contains("\"status\":\"UP\"");
        Integer professions =
                jdbc.sql("SELECT COUNT(*) FROM profession").query(Integer.class).single();
        assertThat(professions).isEqualTo(21);
    }

    @Test
    void answersUnknownRoutesWithAProblemDetail() {
        var response = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/v1/no-such-thing")
                .exchange((request, resp) ->
                        new String(resp.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response).contains("urn:credence:problem:");
    }
}
