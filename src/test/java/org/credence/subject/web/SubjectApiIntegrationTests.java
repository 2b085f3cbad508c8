package org.credence.subject.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.subject.web.SubjectApi.body;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.credence.access.AccessAdministration;
import org.credence.access.Role;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectRegistry;
import org.credence.support.TestAccounts;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubjectApiIntegrationTests {

    private static final String SUBJECTS = "/api/v1/subjects";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessAdministration administration;

    @Autowired
    SubjectRegistry subjects;

    SubjectApi api;

    @BeforeEach
    void connect() {
        api = new SubjectApi(
                new TestAccounts(administration, subjects, "SUBJECT-API-TEST").client(port, Role.CREDIT_OFFICER));
    }

    @Test
    void createsAPersonShowingTheClearIdentifierOnlyInTheCreateResponse() {
        var number = TestIdentifiers.person();
        var created = api.post(SUBJECTS, body("identifier", number.value(), "name", "张伟"))
                .hasStatus(201);

        assertThat(created.headers().getLocation())
                .hasToString("http://localhost:" + port + SUBJECTS + "/" + number.value());
        JsonNode json = created.json();
        assertThat(json.path("identifier").asString()).isEqualTo(number.value());
        assertThat(json.path("maskedIdentifier").asString()).isEqualTo(number.masked());
        assertThat(json.path("kind").asString()).isEqualTo("PERSON");
        assertThat(json.path("regionCode").asString()).isEqualTo("350102");
        assertThat(json.path("birthDate").asString())
                .isEqualTo(number.birthDate().toString());
        assertThat(json.path("sex").asString()).isEqualTo(String.valueOf(number.sex()));
        assertThat(json.has("organisationType")).isFalse();

        var read = api.get(SUBJECTS + "/{id}", number.value()).hasStatus(200).doesNotReveal(number);
        assertThat(read.json().path("maskedIdentifier").asString()).isEqualTo(number.masked());
        assertThat(read.json().path("name").asString()).isEqualTo("张伟");
        assertThat(read.json().path("birthDate").asString())
                .isEqualTo(number.birthDate().toString());
        assertThat(read.json().has("identifier")).isFalse();
    }

    @Test
    void createsAnOrganisationWithTypeFromTheCodeAndStatusDefaultingToActive() {
        var code = TestIdentifiers.organisation("51");
        var created = api.post(SUBJECTS, body("identifier", code.value(), "name", "福州市律师协会", "regionCode", "350100"))
                .hasStatus(201);
        assertThat(created.json().path("identifier").asString()).isEqualTo(code.value());

        JsonNode read =
                api.get(SUBJECTS + "/{id}", code.value()).doesNotReveal(code).json();
        assertThat(read.path("kind").asString()).isEqualTo("ORGANISATION");
        assertThat(read.path("organisationType").asString()).isEqualTo("SOCIAL_ORGANISATION");
        assertThat(read.path("registrationStatus").asString()).isEqualTo("ACTIVE");
        assertThat(read.has("birthDate")).isFalse();
        assertThat(read.has("sex")).isFalse();
    }

    @Test
    void keepsAnExplicitRegionAndRegistrationStatus() {
        var code = TestIdentifiers.organisation();
        api.post(
                        SUBJECTS,
                        body(
                                "identifier",
                                code.value(),
                                "name",
                                "某某有限公司",
                                "regionCode",
                                "110105",
                                "registrationStatus",
                                "REVOKED"))
                .hasStatus(201);
        JsonNode read = api.get(SUBJECTS + "/{id}", code.value()).json();
        assertThat(read.path("regionCode").asString()).isEqualTo("110105");
        assertThat(read.path("registrationStatus").asString()).isEqualTo("REVOKED");
        assertThat(read.path("organisationType").asString()).isEqualTo("ENTERPRISE");
    }

    @Test
    void acceptsALowercaseCheckCharacterAndStoresItUppercase() {
        var number = personEndingInX();
        var created = api.post(SUBJECTS, body("identifier", number.value().toLowerCase(Locale.ROOT), "name", "李娜"))
                .hasStatus(201);
        assertThat(created.json().path("identifier").asString()).isEqualTo(number.value());
        api.get(SUBJECTS + "/{id}", number.value().toLowerCase(Locale.ROOT)).hasStatus(200);
    }

    @Test
    void rejectsInvalidIdentifiersWithTheReasonCode() {
        var number = TestIdentifiers.person().value();
        String wrongCheck = number.substring(0, 17) + (number.charAt(17) == '1' ? '2' : '1');
        api.post(SUBJECTS, body("identifier", wrongCheck, "name", "张伟"))
                .isProblem(400, "identifier-check", "identifier");
        api.post(SUBJECTS, body("identifier", "1234", "name", "张伟")).isProblem(400, "identifier-length", "identifier");
        api.post(SUBJECTS, body("name", "张伟")).isProblem(400, "identifier-length", "identifier");
        api.post(SUBJECTS, body("identifier", "91350100M000100Y4I", "name", "某公司"))
                .isProblem(400, "identifier-character", "identifier");
    }

    @Test
    void refusesADuplicateIdentifier() {
        var code = TestIdentifiers.organisation();
        api.create(code, "福州某某科技有限公司");
        api.post(SUBJECTS, body("identifier", code.value(), "name", "另一个名字"))
                .isProblem(409, "subject-exists", "identifier")
                .doesNotReveal(code);
    }

    @Test
    void validatesTheOtherFieldsOfACreateRequest() {
        String id = TestIdentifiers.person().value();
        api.post(SUBJECTS, body("identifier", id, "name", "  ")).isProblem(400, "invalid-field", "name");
        api.post(SUBJECTS, body("identifier", id, "name", "名".repeat(201))).isProblem(400, "invalid-field", "name");
        api.post(SUBJECTS, body("identifier", id, "name", "张伟", "regionCode", "35010"))
                .isProblem(400, "invalid-field", "regionCode");
        api.post(SUBJECTS, body("identifier", id, "name", "张伟", "registrationStatus", "ACTIVE"))
                .isProblem(400, "registration-status-not-applicable", "registrationStatus");
        api.post(
                        SUBJECTS,
                        body(
                                "identifier",
                                TestIdentifiers.organisation().value(),
                                "name",
                                "某公司",
                                "registrationStatus",
                                "CLOSED"))
                .isProblem(400, "invalid-field", "registrationStatus");
        assertThat(api.post(SUBJECTS, "{\"identifier\": ").hasStatus(400).code())
                .isEqualTo("unreadable-body");
        api.get(SUBJECTS + "/{id}", id).hasStatus(404);
    }

    @Test
    void answersAnInvalidOrUnknownIdentifierOnRead() {
        api.get(SUBJECTS + "/{id}", "110105194912310021").isProblem(400, "identifier-check", "identifier");
        var unknown = TestIdentifiers.person();
        api.get(SUBJECTS + "/{id}", unknown.value())
                .isProblem(404, "subject-not-found", "identifier")
                .doesNotReveal(unknown);
    }

    @Test
    void showsPreviousNamesOldestFirst() {
        var code = TestIdentifiers.organisation();
        long id = api.create(code, "福州新名字有限公司");
        rename(id, "福州最早名字有限公司", OffsetDateTime.of(2015, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        rename(id, "福州旧名字有限公司", OffsetDateTime.of(2020, 6, 1, 8, 30, 0, 0, ZoneOffset.UTC));

        JsonNode names = api.get(SUBJECTS + "/{id}", code.value()).json().path("previousNames");
        assertThat(names.valueStream().map(n -> n.path("name").asString())).containsExactly("福州最早名字有限公司", "福州旧名字有限公司");
        assertThat(names.get(1).path("changedAt").asString()).isEqualTo("2020-06-01T08:30:00Z");
        assertThat(names.get(1).path("source").asString()).isEqualTo("SAMR");
    }

    @Test
    void searchesByNamePrefixInPagesOrderedByName() {
        String prefix = uniquePrefix();
        var c = TestIdentifiers.person();
        var a = TestIdentifiers.organisation();
        var b = TestIdentifiers.person();
        var e = TestIdentifiers.organisation();
        var d = TestIdentifiers.person();
        api.create(c, prefix + "C");
        api.create(a, prefix + "A");
        api.create(b, prefix + "B");
        api.create(e, prefix + "E");
        api.create(d, prefix + "D");
        api.create(TestIdentifiers.person(), "X" + prefix + "A");

        var first = api.get(SUBJECTS + "?namePrefix={p}&size=2", prefix)
                .hasStatus(200)
                .doesNotReveal(a, b);
        assertThat(names(first)).containsExactly(prefix + "A", prefix + "B");
        assertThat(first.json().path("hasMore").asBoolean()).isTrue();
        assertThat(first.json().path("items").get(0).path("maskedIdentifier").asString())
                .isEqualTo(a.masked());
        var second = api.get(SUBJECTS + "?namePrefix={p}&page=1&size=2", prefix).doesNotReveal(c, d);
        assertThat(names(second)).containsExactly(prefix + "C", prefix + "D");
        assertThat(second.json().path("page").asInt()).isEqualTo(1);
        var last = api.get(SUBJECTS + "?namePrefix={p}&page=2&size=2", prefix).doesNotReveal(e);
        assertThat(names(last)).containsExactly(prefix + "E");
        assertThat(last.json().path("hasMore").asBoolean()).isFalse();
    }

    @Test
    void filtersASearchByKind() {
        String prefix = uniquePrefix();
        api.create(TestIdentifiers.person(), prefix + "Person");
        api.create(TestIdentifiers.organisation(), prefix + "Org");
        assertThat(names(api.get(SUBJECTS + "?namePrefix={p}&kind=ORGANISATION", prefix)))
                .containsExactly(prefix + "Org");
        assertThat(names(api.get(SUBJECTS + "?namePrefix={p}&kind=PERSON", prefix)))
                .containsExactly(prefix + "Person");
        assertThat(names(api.get(SUBJECTS + "?namePrefix={p}", prefix))).hasSize(2);
    }

    @Test
    void treatsWildcardsInThePrefixAsLiteralCharacters() {
        String prefix = uniquePrefix();
        api.create(TestIdentifiers.organisation(), prefix + "_1");
        api.create(TestIdentifiers.organisation(), prefix + "a1");
        api.create(TestIdentifiers.organisation(), prefix + "%1");
        assertThat(names(api.get(SUBJECTS + "?namePrefix={p}", prefix + "_"))).containsExactly(prefix + "_1");
        assertThat(names(api.get(SUBJECTS + "?namePrefix={p}", prefix + "%"))).containsExactly(prefix + "%1");
    }

    @Test
    void rejectsInvalidSearchParameters() {
        api.get(SUBJECTS).isProblem(400, "invalid-name-prefix", "namePrefix");
        api.get(SUBJECTS + "?namePrefix= ").isProblem(400, "invalid-name-prefix", "namePrefix");
        api.get(SUBJECTS + "?namePrefix=A&kind=ROBOT").isProblem(400, "invalid-parameter", "kind");
        api.get(SUBJECTS + "?namePrefix=A&size=0").isProblem(400, "invalid-page-size", "size");
        api.get(SUBJECTS + "?namePrefix=A&size=501").isProblem(400, "invalid-page-size", "size");
        api.get(SUBJECTS + "?namePrefix=A&page=-1").isProblem(400, "invalid-page", "page");
    }

    @Test
    void offersNoWayToDeleteASubject() {
        var code = TestIdentifiers.organisation();
        api.create(code, "不可删除有限公司");
        // No handler and no policy rule: the security chain refuses before Spring MVC could answer 405.
        assertThat(api.delete(SUBJECTS + "/{id}", code.value()).status()).isIn(403, 405);
        api.get(SUBJECTS + "/{id}", code.value()).hasStatus(200);
    }

    @Test
    void publishesTheSubjectEndpointsInTheOpenApiDocument() {
        JsonNode paths = api.get("/api/openapi").hasStatus(200).json().path("paths");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/v1/subjects",
                        "/api/v1/subjects/{identifier}",
                        "/api/v1/subjects/{orgIdentifier}/roles",
                        "/api/v1/subjects/{identifier}/registrations",
                        "/api/v1/subjects/{associationIdentifier}/members",
                        "/api/v1/professions");
        assertThat(paths.path("/api/v1/subjects/{identifier}").has("delete")).isFalse();
    }

    private void rename(long subjectId, String previousName, OffsetDateTime at) {
        jdbc.sql("INSERT INTO subject_name_history (subject_id, previous_name, changed_at, source)"
                        + " VALUES (:id, :name, :at, 'SAMR')")
                .param("id", subjectId)
                .param("name", previousName)
                .param("at", at)
                .update();
    }

    private static List<String> names(SubjectApi.Reply reply) {
        return reply.json()
                .path("items")
                .valueStream()
                .map(item -> item.path("name").asString())
                .toList();
    }

    private static String uniquePrefix() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static SubjectIdentifier personEndingInX() {
        while (true) {
            var number = TestIdentifiers.person();
            if (number.value().endsWith("X")) {
                return number;
            }
        }
    }
}
