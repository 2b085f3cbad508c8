package org.credence.support;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small client for tests over real HTTP: every call returns the status and the parsed JSON body, never throws. */
public final class Http {

    /** A response: status code and JSON body (a missing node when the body is empty). */
    public record Response(int status, JsonNode body) {

        public String text(String pointer) {
            return body.at(pointer).asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    /** An anonymous client (the public). */
    public Http(int port) {
        this(RestClient.create("http://localhost:" + port));
    }

    /** A client as configured, for example authenticated by {@link TestAccounts#client}. */
    public Http(RestClient client) {
        this.client = client;
    }

    /** The underlying client, for requests the helpers here do not cover (other content types, raw bodies). */
    public RestClient raw() {
        return client;
    }

    public Response get(String uri, Object... variables) {
        return client.get().uri(uri, variables).exchange((request, response) -> read(response));
    }

    public Response post(String uri, Object body) {
        return client.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((request, response) -> read(response));
    }

    public Response put(String uri, Object body) {
        return client.put()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange((request, response) -> read(response));
    }

    /** Posts a file as {@code multipart/form-data} with the given form fields (name, value, name, value...). */
    public Response upload(String uri, String filename, byte[] content, String... fields) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        for (int i = 0; i < fields.length; i += 2) {
            parts.add(fields[i], fields[i + 1]);
        }
        return client.post()
                .uri(uri)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((request, response) -> read(response));
    }

    private static Response read(org.springframework.http.client.ClientHttpResponse response)
            throws java.io.IOException {
        String text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode body = text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
        return new Response(response.getStatusCode().value(), body);
    }
}
