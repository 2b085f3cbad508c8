package org.credence.subject.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.subject.SubjectIdentifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** A client of the subject API over real HTTP that returns every reply, success or problem, for assertions. */
final class SubjectApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    /** @param client an authenticated client, see {@link org.credence.support.TestAccounts#client} */
    SubjectApi(RestClient client) {
        this.client = client;
    }

    /** A reply: status, headers, the raw body (to check that no clear identifier leaks) and its JSON. */
    record Reply(int status, HttpHeaders headers, String raw, JsonNode json) {

        String code() {
            return json.path("code").asString();
        }

        /** The names of the fields a problem lists. */
        List<String> fields() {
            return json.path("fields")
                    .valueStream()
                    .map(f -> f.path("field").asString())
                    .toList();
        }

        /** Asserts an RFC 9457 problem with the status, code and offending field. */
        Reply isProblem(int expectedStatus, String expectedCode, String expectedField) {
            assertThat(status).as(raw).isEqualTo(expectedStatus);
            assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(code()).as(raw).isEqualTo(expectedCode);
            assertThat(json.path("type").asString()).isEqualTo("urn:credence:problem:" + expectedCode);
            assertThat(fields()).as(raw).containsExactly(expectedField);
            return this;
        }

        Reply hasStatus(int expected) {
            assertThat(status).as(raw).isEqualTo(expected);
            return this;
        }

        Reply doesNotReveal(SubjectIdentifier... identifiers) {
            for (SubjectIdentifier identifier : identifiers) {
                assertThat(raw).doesNotContain(identifier.value());
            }
            return this;
        }
    }

    /** A JSON object from alternating names and values; values may be null. */
    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    Reply get(String uri, Object... variables) {
        return exchange(HttpMethod.GET, uri, null, variables);
    }

    Reply post(String uri, Object body, Object... variables) {
        return exchange(HttpMethod.POST, uri, body, variables);
    }

    Reply delete(String uri, Object... variables) {
        return exchange(HttpMethod.DELETE, uri, null, variables);
    }

    /** Puts a subject on file and returns its subject id. */
    long create(SubjectIdentifier identifier, String name) {
        Reply reply = post("/api/v1/subjects", body("identifier", identifier.value(), "name", name));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.json().path("subjectId").asLong();
    }

    private Reply exchange(HttpMethod method, String uri, Object body, Object... variables) {
        var request = client.method(method).uri(uri, variables);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, resp) -> {
            String raw = new String(resp.getBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode json = raw.isEmpty() ? MissingNode.getInstance() : JSON.readTree(raw);
            return new Reply(resp.getStatusCode().value(), resp.getHeaders(), raw, json);
        });
    }
}
