package org.credence.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.credence.access.AccessAdministration;
import org.credence.access.Role;
import org.credence.support.TestAccounts;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "credence.subject.import.chunk-size=3")
class SubjectImportHttpIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccessAdministration administration;

    @Autowired
    SubjectRegistry subjects;

    @Test
    void uploadsACsvFileAndAnswersWithTheReport() {
        var person = TestIdentifiers.person();
        String csv = "identifier,name\n" + person.value() + ",黄蓉\nnot-an-id,某人\n";

        var response = upload(csv, "people.csv", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"accepted\":1", "\"rejected\":1")
                .contains("\"line\":3", "\"field\":\"identifier\"", "\"code\":\"identifier-length\"")
                .doesNotContain(person.value());
    }

    @Test
    void takesTheFormatFromAParameterWhenTheNameSaysNothing() {
        var org = TestIdentifiers.organisation();
        String jsonl = "{\"identifier\":\"" + org.value() + "\",\"name\":\"某某有限公司\"}\n";

        var response = upload(jsonl, "export.txt", "jsonl");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"accepted\":1");
    }

    @Test
    void answersUnreadableInputWithAProblemDetail() {
        var unknownFormat = upload("identifier,name\n", "people.xlsx", null);
        var noHeader = upload("id;name\n", "people.csv", null);

        assertThat(unknownFormat.status()).isEqualTo(400);
        assertThat(unknownFormat.body()).contains("urn:credence:problem:import-format", "\"field\":\"format\"");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.body()).contains("urn:credence:problem:import-unreadable", "'identifier'");
    }

    private Response upload(String content, String fileName, String format) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        if (format != null) {
            parts.add("format", format);
        }
        return new TestAccounts(administration, subjects, "IMPORT-TEST")
                .client(port, Role.CREDIT_OFFICER)
                .post()
                .uri("/api/v1/subjects/imports")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange((request, response) -> new Response(
                        response.getStatusCode().value(),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private record Response(int status, String body) {}
}
