package org.credence.subject.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.credence.shared.ApiException;
import org.credence.subject.OrganisationType;
import org.credence.subject.RegistrationStatus;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpStatus;

class LinkRulesTests {

    private static final LocalDate BORN = LocalDate.of(1990, 5, 17);
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    private final SubjectProfile person = person(1);
    private final SubjectProfile enterprise = organisation(2, OrganisationType.ENTERPRISE);
    private final SubjectProfile association = organisation(3, OrganisationType.SOCIAL_ORGANISATION);

    @Test
    void allowsARoleOfAPersonForAnOrganisation() {
        assertThat(LinkRules.role(enterprise, person, FROM)).isEqualTo(LinkRules.ALLOWED);
        assertThat(LinkRules.role(association, person, BORN)).isEqualTo(LinkRules.ALLOWED);
    }

    @Test
    void refusesARoleForAPerson() {
        assertThat(LinkRules.role(person(4), person, FROM)).isInstanceOfSatisfying(LinkRules.Refused.class, r -> {
            assertThat(r.code()).isEqualTo("subject-not-organisation");
            assertThat(r.field()).isEqualTo("organisationId");
        });
    }

    @Test
    void refusesARoleHeldByAnOrganisation() {
        assertThat(LinkRules.role(enterprise, association, FROM))
                .isEqualTo(new LinkRules.Refused(
                        "subject-not-person",
                        "personId",
                        "9135*********00003 is not a natural person: only persons hold roles"));
    }

    @Test
    void refusesARoleStartingBeforeThePersonWasBorn() {
        assertThat(LinkRules.role(enterprise, person, BORN.minusDays(1)))
                .isInstanceOfSatisfying(LinkRules.Refused.class, r -> {
                    assertThat(r.code()).isEqualTo("date-before-birth");
                    assertThat(r.field()).isEqualTo("validFrom");
                });
    }

    @Test
    void allowsRegistrationsOfPersonsOnly() {
        assertThat(LinkRules.registration(person, FROM)).isEqualTo(LinkRules.ALLOWED);
        assertThat(LinkRules.registration(enterprise, FROM))
                .isInstanceOfSatisfying(
                        LinkRules.Refused.class, r -> assertThat(r.code()).isEqualTo("subject-not-person"));
        assertThat(LinkRules.registration(person, BORN.minusYears(1)))
                .isInstanceOfSatisfying(
                        LinkRules.Refused.class, r -> assertThat(r.code()).isEqualTo("date-before-birth"));
    }

    @Test
    void allowsPersonsAndOrganisationsToJoinAnAssociation() {
        assertThat(LinkRules.membership(person, association, FROM)).isEqualTo(LinkRules.ALLOWED);
        assertThat(LinkRules.membership(enterprise, association, LocalDate.of(1901, 1, 1)))
                .isEqualTo(LinkRules.ALLOWED);
        assertThat(LinkRules.membership(organisation(5, OrganisationType.SOCIAL_ORGANISATION), association, FROM))
                .isEqualTo(LinkRules.ALLOWED);
    }

    @ParameterizedTest
    @EnumSource(value = OrganisationType.class, names = "SOCIAL_ORGANISATION", mode = EnumSource.Mode.EXCLUDE)
    void refusesMembershipsInOrganisationsOtherThanSocialOrganisations(OrganisationType type) {
        assertThat(LinkRules.membership(person, organisation(6, type), FROM))
                .isInstanceOfSatisfying(LinkRules.Refused.class, r -> {
                    assertThat(r.code()).isEqualTo("subject-not-association");
                    assertThat(r.field()).isEqualTo("associationId");
                });
    }

    @Test
    void refusesMembershipsInAPersonInItselfAndBeforeBirth() {
        assertThat(LinkRules.membership(enterprise, person(7), FROM))
                .isInstanceOfSatisfying(
                        LinkRules.Refused.class, r -> assertThat(r.code()).isEqualTo("subject-not-association"));
        assertThat(LinkRules.membership(association, association, FROM))
                .isInstanceOfSatisfying(LinkRules.Refused.class, r -> {
                    assertThat(r.code()).isEqualTo("membership-self");
                    assertThat(r.field()).isEqualTo("memberId");
                });
        assertThat(LinkRules.membership(person, association, BORN.minusDays(1)))
                .isInstanceOfSatisfying(
                        LinkRules.Refused.class, r -> assertThat(r.field()).isEqualTo("since"));
    }

    @Test
    void throwsARefusalAsAnUnprocessableProblemNamingTheField() {
        LinkRules.ALLOWED.orThrow();
        assertThatThrownBy(() -> LinkRules.role(person, person, FROM).orThrow())
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(e.code()).isEqualTo("subject-not-organisation");
                    assertThat(e.fields())
                            .singleElement()
                            .satisfies(f -> assertThat(f.field()).isEqualTo("organisationId"));
                });
    }

    private static SubjectProfile person(long id) {
        var ref = new SubjectRef(id, SubjectKind.PERSON, "350102********001" + id, "张伟", "350102");
        return new SubjectProfile(ref, BORN, "M", null, null);
    }

    private static SubjectProfile organisation(long id, OrganisationType type) {
        var ref = new SubjectRef(id, SubjectKind.ORGANISATION, "9135*********0000" + id, "某某", "350100");
        return new SubjectProfile(ref, null, null, type, RegistrationStatus.ACTIVE);
    }
}
