package org.credence.subject.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credence.subject.web.SubjectApi.body;

import java.util.UUID;
import org.credence.access.AccessAdministration;
import org.credence.access.Role;
import org.credence.subject.ResidentIdentityNumber;
import org.credence.subject.SubjectRegistry;
import org.credence.subject.UnifiedSocialCreditCode;
import org.credence.support.TestAccounts;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubjectLinksApiIntegrationTests {

    private static final String SUBJECT = "/api/v1/subjects/{id}";
    private static final String ROLES = SUBJECT + "/roles";
    private static final String REGISTRATIONS = SUBJECT + "/registrations";
    private static final String MEMBERS = SUBJECT + "/members";

    @LocalServerPort
    int port;

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
    void recordsARoleAndShowsItFromBothSidesMasked() {
        var company = organisation("福州某某科技有限公司");
        var person = person("王芳");
        var created = api.post(ROLES, role(person.value(), "LEGAL_REPRESENTATIVE", "2024-01-01", null), company.value())
                .hasStatus(201)
                .doesNotReveal(company, person);
        assertThat(created.json().path("role").asString()).isEqualTo("LEGAL_REPRESENTATIVE");
        assertThat(created.json().path("person").path("maskedIdentifier").asString())
                .isEqualTo(person.masked());
        assertThat(created.json().path("organisation").path("maskedIdentifier").asString())
                .isEqualTo(company.masked());

        JsonNode fromCompany =
                api.get(SUBJECT, company.value()).doesNotReveal(company, person).json();
        assertThat(fromCompany.path("roles")).hasSize(1);
        JsonNode role = fromCompany.path("roles").get(0);
        assertThat(role.path("role").asString()).isEqualTo("LEGAL_REPRESENTATIVE");
        assertThat(role.path("counterpart").path("maskedIdentifier").asString()).isEqualTo(person.masked());
        assertThat(role.path("counterpart").path("name").asString()).isEqualTo("王芳");
        assertThat(role.path("validFrom").asString()).isEqualTo("2024-01-01");
        assertThat(role.path("validTo").isNull()).isTrue();

        JsonNode fromPerson =
                api.get(SUBJECT, person.value()).doesNotReveal(company, person).json();
        assertThat(fromPerson
                        .path("roles")
                        .get(0)
                        .path("counterpart")
                        .path("name")
                        .asString())
                .isEqualTo("福州某某科技有限公司");
    }

    @Test
    void showsOnlyTheRolesInForceToday() {
        var company = organisation("某某贸易有限公司");
        var person = person("赵强");
        api.post(ROLES, role(person.value(), "PRINCIPAL", "2010-01-01", "2011-12-31"), company.value())
                .hasStatus(201);
        api.post(ROLES, role(person.value(), "ACTUAL_CONTROLLER", "2020-01-01", null), company.value())
                .hasStatus(201);
        JsonNode roles = api.get(SUBJECT, company.value()).json().path("roles");
        assertThat(roles.valueStream().map(r -> r.path("role").asString())).containsExactly("ACTUAL_CONTROLLER");
    }

    @Test
    void refusesARoleBetweenSubjectsOfTheWrongKind() {
        var company = organisation("某某有限公司");
        var person = person("刘洋");
        api.post(ROLES, role(person.value(), "PRINCIPAL", "2024-01-01", null), person.value())
                .isProblem(422, "subject-not-organisation", "orgIdentifier")
                .doesNotReveal(person);
        api.post(ROLES, role(company.value(), "PRINCIPAL", "2024-01-01", null), company.value())
                .isProblem(422, "subject-not-person", "personIdentifier");
    }

    @Test
    void refusesARoleNamingAnInvalidOrUnknownSubject() {
        var company = organisation("某某有限公司");
        var stranger = TestIdentifiers.person();
        api.post(ROLES, role(stranger.value(), "PRINCIPAL", "2024-01-01", null), company.value())
                .isProblem(422, "subject-not-found", "personIdentifier")
                .doesNotReveal(stranger);
        api.post(ROLES, role("110105194912310021", "PRINCIPAL", "2024-01-01", null), company.value())
                .isProblem(400, "identifier-check", "personIdentifier");
        api.post(
                        ROLES,
                        role(person("陈静").value(), "PRINCIPAL", "2024-01-01", null),
                        TestIdentifiers.organisation().value())
                .isProblem(404, "subject-not-found", "orgIdentifier");
        api.post(ROLES, role(person("陈静").value(), "PRINCIPAL", "2024-01-01", null), "123")
                .isProblem(400, "identifier-length", "orgIdentifier");
    }

    @Test
    void validatesTheRoleAndItsPeriod() {
        var company = organisation("某某有限公司");
        String person = person("杨帆").value();
        api.post(ROLES, role(person, null, "2024-01-01", null), company.value())
                .isProblem(400, "invalid-field", "role");
        api.post(ROLES, role(person, "CHAIRMAN", "2024-01-01", null), company.value())
                .isProblem(400, "invalid-field", "role");
        api.post(ROLES, role(person, "PRINCIPAL", null, null), company.value())
                .isProblem(400, "invalid-field", "validFrom");
        api.post(ROLES, role(person, "PRINCIPAL", "2024-02-30", null), company.value())
                .isProblem(400, "invalid-field", "validFrom");
        api.post(ROLES, role(person, "PRINCIPAL", "2024-01-01", "2023-12-31"), company.value())
                .isProblem(400, "invalid-period", "validTo");
        api.post(ROLES, role(person, "PRINCIPAL", "1850-01-01", null), company.value())
                .isProblem(400, "implausible-date", "validFrom");
        api.post(ROLES, role(person, "PRINCIPAL", "1949-12-31", null), company.value())
                .isProblem(422, "date-before-birth", "validFrom");
        assertThat(api.get(SUBJECT, company.value()).json().path("roles")).isEmpty();
    }

    @Test
    void refusesAnOverlappingRoleOfTheSameTypeButAcceptsALaterOne() {
        var company = organisation("某某有限公司");
        String person = person("黄磊").value();
        api.post(ROLES, role(person, "DIRECTLY_RESPONSIBLE", "2020-01-01", "2021-12-31"), company.value())
                .hasStatus(201);
        api.post(ROLES, role(person, "DIRECTLY_RESPONSIBLE", "2021-06-01", null), company.value())
                .isProblem(409, "role-exists", "role");
        api.post(ROLES, role(person, "DIRECTLY_RESPONSIBLE", "2022-01-01", null), company.value())
                .hasStatus(201);
        api.post(ROLES, role(person, "PRINCIPAL", "2021-06-01", null), company.value())
                .hasStatus(201);
    }

    @Test
    void listsTheSeededProfessions() {
        JsonNode professions = api.get("/api/v1/professions").hasStatus(200).json();
        assertThat(professions).hasSize(21);
        assertThat(professions.get(0).path("code").asString()).isEqualTo("PUBLIC_SERVANT");
        JsonNode lawyer = professions
                .valueStream()
                .filter(p -> p.path("code").asString().equals("LAWYER"))
                .findFirst()
                .orElseThrow();
        assertThat(lawyer.path("nameZh").asString()).isEqualTo("律师");
        assertThat(lawyer.path("nameEn").asString()).isEqualTo("Lawyer");
    }

    @Test
    void recordsAProfessionalRegistrationAndShowsIt() {
        var person = person("周敏");
        String licence = licence();
        var created = api.post(
                        REGISTRATIONS, registration("LAWYER", licence, "2019-07-01", null, "ACTIVE"), person.value())
                .hasStatus(201);
        assertThat(created.json().path("licenceNumber").asString()).isEqualTo(licence);
        api.post(
                        REGISTRATIONS,
                        registration("TEACHER", licence(), "2012-09-01", "2018-08-31", "REVOKED"),
                        person.value())
                .hasStatus(201);

        JsonNode registrations = api.get(SUBJECT, person.value()).json().path("registrations");
        assertThat(registrations.valueStream().map(r -> r.path("professionCode").asString()))
                .containsExactly("TEACHER", "LAWYER");
        JsonNode lawyer = registrations.get(1);
        assertThat(lawyer.path("licenceNumber").asString()).isEqualTo(licence);
        assertThat(lawyer.path("issuer").asString()).isEqualTo("福建省司法厅");
        assertThat(lawyer.path("validFrom").asString()).isEqualTo("2019-07-01");
        assertThat(lawyer.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(registrations.get(0).path("status").asString()).isEqualTo("REVOKED");
    }

    @Test
    void refusesARegistrationForAnOrganisationOrAnUnknownProfession() {
        var company = organisation("某某律师事务所");
        api.post(REGISTRATIONS, registration("LAWYER", licence(), "2019-07-01", null, "ACTIVE"), company.value())
                .isProblem(422, "subject-not-person", "identifier");
        String person = person("吴刚").value();
        api.post(REGISTRATIONS, registration("ASTRONAUT", licence(), "2019-07-01", null, "ACTIVE"), person)
                .isProblem(400, "profession-unknown", "professionCode");
        api.post(REGISTRATIONS, registration("LAWYER", licence(), "2019-07-01", null, "EXPIRED"), person)
                .isProblem(400, "invalid-field", "status");
        api.post(REGISTRATIONS, registration("LAWYER", " ", "2019-07-01", null, "ACTIVE"), person)
                .isProblem(400, "invalid-field", "licenceNumber");
        api.post(REGISTRATIONS, registration("LAWYER", licence(), "2019-07-01", "2019-06-30", "ACTIVE"), person)
                .isProblem(400, "invalid-period", "validTo");
        api.post(
                        REGISTRATIONS,
                        registration("LAWYER", licence(), "2019-07-01", null, "ACTIVE"),
                        TestIdentifiers.person().value())
                .isProblem(404, "subject-not-found", "identifier");
        assertThat(api.get(SUBJECT, person).json().path("registrations")).isEmpty();
    }

    @Test
    void refusesALicenceNumberAlreadyOnFileForTheProfession() {
        String licence = licence();
        api.post(
                        REGISTRATIONS,
                        registration("AUDITOR", licence, "2019-07-01", null, "ACTIVE"),
                        person("孙丽").value())
                .hasStatus(201);
        api.post(
                        REGISTRATIONS,
                        registration("AUDITOR", licence, "2020-01-01", null, "ACTIVE"),
                        person("郑浩").value())
                .isProblem(409, "licence-exists", "licenceNumber");
        api.post(
                        REGISTRATIONS,
                        registration("APPRAISER", licence, "2020-01-01", null, "ACTIVE"),
                        person("郑浩").value())
                .hasStatus(201);
    }

    @Test
    void recordsPersonsAndOrganisationsAsMembersOfAnAssociation() {
        var association = association("福州市律师协会");
        var lawyer = person("林峰");
        var firm = organisation("福建某某律师事务所");
        var joined = api.post(MEMBERS, member(lawyer.value(), "2018-03-01", null), association.value())
                .hasStatus(201)
                .doesNotReveal(association, lawyer);
        assertThat(joined.json().path("member").path("maskedIdentifier").asString())
                .isEqualTo(lawyer.masked());
        assertThat(joined.json().path("association").path("maskedIdentifier").asString())
                .isEqualTo(association.masked());
        api.post(MEMBERS, member(firm.value(), "2019-01-01", null), association.value())
                .hasStatus(201);
        api.post(MEMBERS, member(person("前会员").value(), "2010-01-01", "2012-01-01"), association.value())
                .hasStatus(201);

        var roll = api.get(MEMBERS, association.value()).hasStatus(200).doesNotReveal(lawyer, firm);
        assertThat(roll.json()
                        .path("items")
                        .valueStream()
                        .map(m -> m.path("member").path("name").asString()))
                .containsExactly("林峰", "福建某某律师事务所");
        JsonNode memberships = api.get(SUBJECT, firm.value()).json().path("memberships");
        assertThat(memberships).hasSize(1);
        assertThat(memberships.get(0).path("association").path("name").asString())
                .isEqualTo("福州市律师协会");
        assertThat(memberships.get(0).path("since").asString()).isEqualTo("2019-01-01");
    }

    @Test
    void pagesTheMemberRoll() {
        var association = association("某某行业协会");
        for (int i = 0; i < 3; i++) {
            api.post(MEMBERS, member(person("会员" + i).value(), "2020-01-01", null), association.value())
                    .hasStatus(201);
        }
        var first = api.get(MEMBERS + "?size=2", association.value()).json();
        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("hasMore").asBoolean()).isTrue();
        var second = api.get(MEMBERS + "?size=2&page=1", association.value()).json();
        assertThat(second.path("items").get(0).path("member").path("name").asString())
                .isEqualTo("会员2");
        assertThat(second.path("hasMore").asBoolean()).isFalse();
    }

    @Test
    void refusesAMembershipInSomethingOtherThanAnAssociation() {
        String member = person("何军").value();
        api.post(
                        MEMBERS,
                        member(member, "2020-01-01", null),
                        organisation("某某有限公司").value())
                .isProblem(422, "subject-not-association", "associationIdentifier");
        api.post(MEMBERS, member(member, "2020-01-01", null), person("冯伟").value())
                .isProblem(422, "subject-not-association", "associationIdentifier");
        var association = association("某某学会");
        api.post(MEMBERS, member(association.value(), "2020-01-01", null), association.value())
                .isProblem(422, "membership-self", "memberIdentifier");
    }

    @Test
    void refusesAnOverlappingMembershipAndInvalidMembers() {
        var association = association("某某协会");
        String member = person("许静").value();
        api.post(MEMBERS, member(member, "2020-01-01", null), association.value())
                .hasStatus(201);
        api.post(MEMBERS, member(member, "2023-01-01", null), association.value())
                .isProblem(409, "membership-exists", "memberIdentifier");
        api.post(MEMBERS, member(TestIdentifiers.person().value(), "2020-01-01", null), association.value())
                .isProblem(422, "subject-not-found", "memberIdentifier");
        api.post(MEMBERS, member("", "2020-01-01", null), association.value())
                .isProblem(400, "identifier-length", "memberIdentifier");
        api.post(MEMBERS, member(person("邓超").value(), "2020-01-01", "2019-01-01"), association.value())
                .isProblem(400, "invalid-period", "until");
        api.post(MEMBERS, member(person("邓超").value(), null, null), association.value())
                .isProblem(400, "invalid-field", "since");
    }

    private UnifiedSocialCreditCode organisation(String name) {
        var code = TestIdentifiers.organisation();
        api.create(code, name);
        return code;
    }

    private UnifiedSocialCreditCode association(String name) {
        var code = TestIdentifiers.organisation("51");
        api.create(code, name);
        return code;
    }

    private ResidentIdentityNumber person(String name) {
        var number = TestIdentifiers.person();
        api.create(number, name);
        return number;
    }

    private static Object role(String person, String role, String from, String to) {
        return body("personIdentifier", person, "role", role, "validFrom", from, "validTo", to);
    }

    private static Object registration(String profession, String licence, String from, String to, String status) {
        return body(
                "professionCode", profession,
                "licenceNumber", licence,
                "issuer", "福建省司法厅",
                "validFrom", from,
                "validTo", to,
                "status", status);
    }

    private static Object member(String member, String since, String until) {
        return body("memberIdentifier", member, "since", since, "until", until);
    }

    private static String licence() {
        return "L" + UUID.randomUUID().toString().substring(0, 18);
    }
}
