package org.credence.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.credence.shared.ApiException;
import org.credence.shared.PageRequest;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;

/** The facade operations other modules use: roles, registrations and memberships by subject id. */
@SpringBootTest
class SubjectLinksIntegrationTests {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    @Autowired
    SubjectRegistry registry;

    @Test
    void readsRolesInForceFromBothSides() {
        long company = organisation("91");
        long person = person();
        registry.addRole(new NewRole(company, person, RoleType.LEGAL_REPRESENTATIVE, FROM, null));
        registry.addRole(new NewRole(company, person, RoleType.PRINCIPAL, FROM, LocalDate.of(2024, 12, 31)));

        var expected = new SubjectRole(company, person, RoleType.LEGAL_REPRESENTATIVE, FROM, null);
        assertThat(registry.rolesOfOrganisation(company)).containsExactly(expected);
        assertThat(registry.rolesOfPerson(person)).containsExactly(expected);
    }

    /** The lookup a credit check makes: the subject by identifier with its roles in force, as the two calls give them. */
    @Test
    void looksASubjectUpWithItsRolesInForce() {
        var companyCode = TestIdentifiers.organisation("91");
        long company = registry.register(new NewSubject(companyCode, "测试组织", null, null))
                .subjectId();
        var personNumber = TestIdentifiers.person();
        long person = registry.register(new NewSubject(personNumber, "测试人", null, null))
                .subjectId();
        long other = organisation("91");
        registry.addRole(new NewRole(company, person, RoleType.LEGAL_REPRESENTATIVE, FROM, null));
        registry.addRole(new NewRole(other, person, RoleType.PRINCIPAL, FROM, null));
        registry.addRole(new NewRole(company, person, RoleType.PRINCIPAL, FROM, LocalDate.of(2024, 12, 31)));

        var ofPerson = registry.requireWithRoles(personNumber.value(), "identifier");
        assertThat(ofPerson.subject()).isEqualTo(registry.findById(person).orElseThrow());
        assertThat(ofPerson.roles()).hasSize(2).containsExactlyElementsOf(registry.rolesOfPerson(person));
        var ofCompany = registry.requireWithRoles(companyCode.value(), "identifier");
        assertThat(ofCompany.subject().subjectId()).isEqualTo(company);
        assertThat(ofCompany.roles())
                .containsExactly(new SubjectRole(company, person, RoleType.LEGAL_REPRESENTATIVE, FROM, null));

        var loneNumber = TestIdentifiers.person();
        long lone =
                registry.register(new NewSubject(loneNumber, "测试人", null, null)).subjectId();
        assertThat(registry.requireWithRoles(loneNumber.value(), "identifier"))
                .isEqualTo(new SubjectWithRoles(registry.findById(lone).orElseThrow(), java.util.List.of()));

        assertThatThrownBy(
                        () -> registry.requireWithRoles(TestIdentifiers.person().value(), "applicant"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("subject-not-found");
                    assertThat(e.fields().getFirst().field()).isEqualTo("applicant");
                });
        assertThatThrownBy(() -> registry.requireWithRoles("12345", "applicant"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.fields().getFirst().field()).isEqualTo("applicant");
                });
    }

    @Test
    void refusesALinkToAnUnknownSubjectId() {
        long person = person();
        assertThatThrownBy(() -> registry.addRole(new NewRole(-1, person, RoleType.PRINCIPAL, FROM, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("subject-not-found");
                    assertThat(e.fields().getFirst().field()).isEqualTo("organisationId");
                });
        assertThat(registry.details(-1)).isEmpty();
    }

    @Test
    void listsAPersonsRegistrationsOldestFirstWhateverTheirStatus() {
        long person = person();
        var later = registry.addRegistration(new NewRegistration(
                person, "TAX_ADVISER", licence(), "国家税务总局", LocalDate.of(2021, 1, 1), null, LicenceStatus.SUSPENDED));
        var earlier = registry.addRegistration(new NewRegistration(
                person, "STATISTICIAN", licence(), "国家统计局", LocalDate.of(2015, 1, 1), null, LicenceStatus.ACTIVE));
        assertThat(registry.registrationsOf(person)).containsExactly(earlier, later);
        assertThat(registry.details(person).orElseThrow().registrations()).containsExactly(earlier, later);
    }

    @Test
    void listsMembershipsInForceFromBothSides() {
        long association = organisation("51");
        long member = person();
        long former = person();
        var membership = registry.addMembership(new NewMembership(member, association, FROM, null));
        registry.addMembership(
                new NewMembership(former, association, LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1)));

        assertThat(registry.membershipsOf(member)).containsExactly(membership);
        assertThat(registry.membershipsOf(former)).isEmpty();
        var roll = registry.associationMembers(association, new PageRequest(0, 10));
        assertThat(roll.items()).containsExactly(membership);
        assertThat(roll.hasMore()).isFalse();
        assertThat(membership.member().subjectId()).isEqualTo(member);
        assertThat(membership.association().subjectId()).isEqualTo(association);
    }

    @Test
    void searchesWithoutRevealingIdentifiers() {
        String prefix = "S" + UUID.randomUUID().toString().substring(0, 8);
        var code = TestIdentifiers.organisation();
        registry.register(new NewSubject(code, prefix + "有限公司", null, null));
        var page = registry.search(new SubjectQuery(prefix, SubjectKind.ORGANISATION), new PageRequest(0, 5));
        assertThat(page.items()).singleElement().satisfies(ref -> {
            assertThat(ref.maskedIdentifier()).isEqualTo(code.masked());
            assertThat(ref.name()).isEqualTo(prefix + "有限公司");
        });
        assertThat(registry.search(new SubjectQuery(prefix, SubjectKind.PERSON), new PageRequest(0, 5))
                        .items())
                .isEmpty();
    }

    private long person() {
        return registry.register(new NewSubject(TestIdentifiers.person(), "测试人", null, null))
                .subjectId();
    }

    private long organisation(String authorityAndType) {
        return registry.register(new NewSubject(TestIdentifiers.organisation(authorityAndType), "测试组织", null, null))
                .subjectId();
    }

    private static String licence() {
        return "L" + UUID.randomUUID().toString().substring(0, 18);
    }
}
