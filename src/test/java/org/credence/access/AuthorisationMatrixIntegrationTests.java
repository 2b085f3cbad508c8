package org.credence.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.credence.subject.SubjectRegistry;
import org.credence.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint × every role and the anonymous public, over real HTTP, against the table below. An allowed call
 * may still fail for its own reasons (400, 404, 409); what it must not get is the authorisation refusal (problem code
 * {@code unauthenticated} or {@code forbidden}). A denied call must get exactly that refusal. No answer, allowed or
 * not, may show the clear identifier named in its path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIntegrationTests {

    /** METHOD path | roles allowed (PUBLIC: everyone, anonymous included). */
    private static final List<String> MATRIX = List.of(
            "GET /api/v1/me | SUBJECT PROVIDER APPROVER CREDIT_OFFICER ASSOCIATION_OFFICER AUDITOR ADMINISTRATOR",
            "GET /api/v1/audit | AUDITOR",
            "GET /api/v1/audit/verify | AUDITOR",
            "GET /api/v1/subjects/{identifier}/access-log | SUBJECT CREDIT_OFFICER AUDITOR",
            "PUT /api/v1/access/organisations/{code} | ADMINISTRATOR",
            "GET /api/v1/access/accounts | ADMINISTRATOR",
            "POST /api/v1/access/accounts | ADMINISTRATOR",
            "POST /api/v1/access/accounts/{accountId}/keys | ADMINISTRATOR",
            "DELETE /api/v1/access/keys/{keyId} | ADMINISTRATOR",
            "GET /api/v1/professions | PUBLIC",
            "POST /api/v1/subjects | CREDIT_OFFICER",
            "POST /api/v1/subjects/imports | CREDIT_OFFICER",
            "GET /api/v1/subjects | PROVIDER APPROVER CREDIT_OFFICER",
            "GET /api/v1/subjects/{identifier} | SUBJECT PROVIDER APPROVER CREDIT_OFFICER ASSOCIATION_OFFICER",
            "POST /api/v1/subjects/{orgIdentifier}/roles | CREDIT_OFFICER",
            "POST /api/v1/subjects/{identifier}/registrations | CREDIT_OFFICER",
            "POST /api/v1/subjects/{associationIdentifier}/members | CREDIT_OFFICER ASSOCIATION_OFFICER",
            "GET /api/v1/subjects/{associationIdentifier}/members | CREDIT_OFFICER ASSOCIATION_OFFICER",
            "GET /api/v1/catalog/editions | PUBLIC",
            "GET /api/v1/catalog/editions/in-force | PUBLIC",
            "GET /api/v1/catalog/editions/{code} | PUBLIC",
            "GET /api/v1/catalog/matter-types | PUBLIC",
            "GET /api/v1/catalog/providers | PUBLIC",
            "GET /api/v1/catalog/providers/{code} | PUBLIC",
            "GET /api/v1/catalog/record-types | PUBLIC",
            "GET /api/v1/catalog/record-types/{code} | PUBLIC",
            "POST /api/v1/catalog/editions | CREDIT_OFFICER",
            "POST /api/v1/records | PROVIDER",
            "POST /api/v1/records/batches | PROVIDER",
            "GET /api/v1/records/batches/{id} | PROVIDER",
            "GET /api/v1/records/batches/{id}/rejections | PROVIDER",
            "GET /api/v1/records/{id} | PROVIDER CREDIT_OFFICER",
            "GET /api/v1/subjects/{identifier}/records | SUBJECT PROVIDER APPROVER CREDIT_OFFICER ASSOCIATION_OFFICER",
            "GET /api/v1/measures | PUBLIC",
            "GET /api/v1/measures/editions | PUBLIC",
            "GET /api/v1/measures/editions/{code} | PUBLIC",
            "POST /api/v1/measures/editions | CREDIT_OFFICER",
            "POST /api/v1/checks | APPROVER CREDIT_OFFICER",
            "POST /api/v1/checks/batches | APPROVER CREDIT_OFFICER",
            "GET /api/v1/checks/{checkId} | APPROVER CREDIT_OFFICER",
            "POST /api/v1/checks/{checkId}/feedback | APPROVER",
            "GET /api/v1/checks/{checkId}/feedback | APPROVER CREDIT_OFFICER",
            "GET /api/v1/list-entries/{entryId}/check-feedback | CREDIT_OFFICER",
            "GET /api/v1/standards | PUBLIC",
            "GET /api/v1/standards/drafts | CREDIT_OFFICER",
            "GET /api/v1/standards/{standardId} | PUBLIC",
            "POST /api/v1/standards | CREDIT_OFFICER",
            "POST /api/v1/standards/{standardId}/publish | CREDIT_OFFICER",
            "POST /api/v1/standards/{standardId}/retire | CREDIT_OFFICER",
            "POST /api/v1/standards/{standardId}/simulate | CREDIT_OFFICER",
            "GET /api/v1/subjects/{identifier}/ratings | SUBJECT APPROVER CREDIT_OFFICER ASSOCIATION_OFFICER",
            "GET /api/v1/rankings | CREDIT_OFFICER ASSOCIATION_OFFICER",
            "GET /api/v1/rating-jobs | CREDIT_OFFICER",
            "GET /api/v1/rating-jobs/{jobId} | CREDIT_OFFICER",
            "POST /api/v1/rating-jobs | CREDIT_OFFICER",
            "GET /api/v1/lists | PUBLIC",
            "GET /api/v1/lists/{code} | PUBLIC",
            "POST /api/v1/lists | CREDIT_OFFICER",
            "GET /api/v1/lists/{code}/entries | PUBLIC",
            "POST /api/v1/lists/{code}/entries | CREDIT_OFFICER",
            "GET /api/v1/list-entries/{id} | CREDIT_OFFICER",
            "POST /api/v1/list-entries/{id}/removal | CREDIT_OFFICER",
            "POST /api/v1/list-entries/{id}/extension | CREDIT_OFFICER",
            "POST /api/v1/list-entries/{id}/revocation | CREDIT_OFFICER",
            "POST /api/v1/list-entries/{id}/repair | CREDIT_OFFICER",
            "GET /api/v1/subjects/{identifier}/list-entries | SUBJECT PROVIDER APPROVER CREDIT_OFFICER ASSOCIATION_OFFICER",
            "GET /api/v1/commitment-templates | PUBLIC",
            "GET /api/v1/commitment-templates/{matterType} | PUBLIC",
            "POST /api/v1/commitment-templates | CREDIT_OFFICER",
            "POST /api/v1/commitments | SUBJECT APPROVER",
            "GET /api/v1/commitments/{id} | SUBJECT APPROVER CREDIT_OFFICER",
            "POST /api/v1/commitments/{id}/fulfilment | APPROVER",
            "POST /api/v1/commitments/{id}/breach | APPROVER",
            "GET /api/v1/subjects/{identifier}/commitments | SUBJECT APPROVER CREDIT_OFFICER",
            "GET /api/v1/supervision-profiles | PUBLIC",
            "GET /api/v1/supervision-profiles/{sector} | PUBLIC",
            "POST /api/v1/supervision-profiles | CREDIT_OFFICER",
            "GET /api/v1/inspection-draws | PUBLIC",
            "POST /api/v1/inspection-draws | CREDIT_OFFICER",
            "GET /api/v1/inspection-draws/{id} | PUBLIC",
            "GET /api/v1/inspection-draws/{id}/targets | PUBLIC",
            "GET /api/v1/inspection-draws/{id}/verification | PUBLIC",
            "POST /api/v1/inspection-draws/{id}/publish | CREDIT_OFFICER",
            "GET /api/docs | PUBLIC",
            "GET /api/openapi | PUBLIC",
            "GET /api/openapi.yaml | PUBLIC",
            "GET /api/openapi/swagger-config | PUBLIC",
            "GET /error | PUBLIC");

    /**
     * METHOD path | role code ... : behind the endpoint rule, what a role bound to particular subjects gets for a file
     * it does not reach (the matrix's subject): a subject reading another's file, an association officer whose
     * organisation is not bound to an association. Every subject path open to those roles needs a row.
     */
    private static final List<String> SCOPE = List.of(
            "GET /api/v1/subjects/{identifier} | SUBJECT not-own-file | ASSOCIATION_OFFICER no-association",
            "GET /api/v1/subjects/{identifier}/records | SUBJECT not-own-file | ASSOCIATION_OFFICER no-association",
            "GET /api/v1/subjects/{identifier}/ratings | SUBJECT not-own-file | ASSOCIATION_OFFICER no-association",
            "GET /api/v1/subjects/{identifier}/access-log | SUBJECT not-own-file",
            "GET /api/v1/subjects/{identifier}/commitments | SUBJECT not-own-file",
            "GET /api/v1/subjects/{identifier}/list-entries | SUBJECT not-own-file | ASSOCIATION_OFFICER no-association",
            "GET /api/v1/subjects/{associationIdentifier}/members | ASSOCIATION_OFFICER no-association",
            "POST /api/v1/subjects/{associationIdentifier}/members | ASSOCIATION_OFFICER no-association");

    /** Handler paths that are not part of the API and so not in the matrix. */
    private static final Set<String> NOT_API = Set.of();

    @Autowired
    AccessAdministration administration;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @LocalServerPort
    int port;

    TestAccounts accounts;
    TestAccounts others;

    @BeforeAll
    void createAccounts() {
        accounts = new TestAccounts(administration, subjects, "MATRIX-TEST");
        others = new TestAccounts(administration, subjects, "MATRIX-OTHER");
    }

    @Test
    void everySubjectPathOpenToARoleBoundToSubjectsHasAScopeRow() {
        Set<String> scoped = new TreeSet<>();
        for (String row : SCOPE) {
            String[] parts = row.split("\\|");
            for (int i = 1; i < parts.length; i++) {
                scoped.add(parts[0].strip() + " as " + parts[i].strip().split(" ")[0]);
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String row : MATRIX) {
            String[] parts = row.split("\\|");
            if (!parts[0].contains("dentifier}")) {
                continue;
            }
            for (String role : List.of("SUBJECT", "ASSOCIATION_OFFICER")) {
                String key = parts[0].strip() + " as " + role;
                if (List.of(parts[1].strip().split(" +")).contains(role) && !scoped.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).as("subject paths without a row in the scope table").isEmpty();
    }

    Stream<Arguments> scopeCells() {
        List<Arguments> cells = new ArrayList<>();
        for (String row : SCOPE) {
            String[] parts = row.split("\\|");
            String[] call = parts[0].strip().split(" ");
            for (int i = 1; i < parts.length; i++) {
                String[] expected = parts[i].strip().split(" ");
                cells.add(Arguments.of(call[0], call[1], expected[0], expected[1]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} outside its reach: {3}")
    @MethodSource("scopeCells")
    void refusesFilesOutsideTheReachOfRolesBoundToSubjects(String method, String path, String role, String code) {
        // The subject account of "others" is another subject than the one in the path.
        RestClient client = (role.equals("SUBJECT") ? others : accounts).client(port, Role.valueOf(role));
        String url = path.replaceAll("\\{[a-zA-Z]*[iI]dentifier}", accounts.subjectIdentifier());
        var response = client.method(HttpMethod.valueOf(method))
                .uri(url)
                .contentType(MediaType.APPLICATION_JSON)
                .body(
                        method.equals("GET")
                                ? ""
                                : "{\"memberIdentifier\":\"" + others.subjectIdentifier()
                                        + "\",\"since\":\"2026-01-01\"}")
                .exchange((request, resp) -> new Result(
                        resp.getStatusCode().value(),
                        new String(resp.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("\"code\":\"" + code + "\"");
        assertThat(response.body()).doesNotContain(accounts.subjectIdentifier());
    }

    @Test
    void everyEndpointHasARowInTheMatrix() {
        Set<String> declared =
                MATRIX.stream().map(row -> row.split("\\|")[0].strip()).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                Set<org.springframework.web.bind.annotation.RequestMethod> methods =
                        info.getMethodsCondition().getMethods();
                for (var method : methods.isEmpty()
                        ? EnumSet.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                        : methods) {
                    String key = method + " " + pattern;
                    if (!declared.contains(key) && !NOT_API.contains(pattern)) {
                        missing.add(key);
                    }
                }
            }
        });
        assertThat(missing)
                .as("endpoints without a row in the authorisation matrix")
                .isEmpty();
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String row : MATRIX) {
            String[] parts = row.split("\\|");
            String[] call = parts[0].strip().split(" ");
            Set<String> allowed = Set.copyOf(Arrays.asList(parts[1].strip().split(" +")));
            boolean isPublic = allowed.contains("PUBLIC");
            cells.add(Arguments.of(call[0], call[1], "ANONYMOUS", isPublic));
            for (Role role : Role.values()) {
                cells.add(Arguments.of(call[0], call[1], role.name(), isPublic || allowed.contains(role.name())));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} allowed={3}")
    @MethodSource("cells")
    void enforcesTheMatrix(String method, String path, String caller, boolean allowed) {
        RestClient client =
                caller.equals("ANONYMOUS") ? TestAccounts.anonymous(port) : accounts.client(port, Role.valueOf(caller));
        String url = path.replaceAll("\\{[a-zA-Z]*[iI]dentifier}", accounts.subjectIdentifier())
                .replace("{accountId}", "999999999")
                .replace("{keyId}", "no-such-key")
                .replace("{code}", "no-such-code")
                .replace("{id}", "999999999")
                .replace("{standardId}", "999999999")
                .replace("{jobId}", "999999999")
                .replace("{checkId}", "999999999")
                .replace("{entryId}", "999999999")
                .replace("{matterType}", "no-such-matter")
                .replace("{sector}", "no-such-sector");
        var response = client.method(HttpMethod.valueOf(method))
                .uri(url)
                .contentType(MediaType.APPLICATION_JSON)
                .body(method.equals("GET") || method.equals("DELETE") ? "" : "{}")
                .exchange((request, resp) -> new Result(
                        resp.getStatusCode().value(),
                        new String(resp.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        assertThat(response.body())
                .as("%s %s as %s shows an identifier in clear", method, path, caller)
                .doesNotContain(accounts.subjectIdentifier());
        boolean refused = (response.status() == 401 && response.body().contains("\"code\":\"unauthenticated\""))
                || (response.status() == 403 && response.body().contains("\"code\":\"forbidden\""));
        assertThat(refused)
                .as("%s %s as %s answered %d %s", method, path, caller, response.status(), response.body())
                .isEqualTo(!allowed);
    }

    record Result(int status, String body) {}
}
