package org.credence.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.credence.shared.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectCommandsTests {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    @ParameterizedTest(name = "{0} to {1} -> {2} on {3}")
    @CsvSource({
        "2024-01-01, 2023-12-31, invalid-period, validTo",
        "1899-12-31, , implausible-date, validFrom",
        "2024-01-01, 2200-01-01, implausible-date, validTo",
        "2200-01-01, , implausible-date, validFrom",
    })
    void refusesImplausiblePeriods(LocalDate from, LocalDate to, String code, String field) {
        assertThatThrownBy(() -> new NewRole(1, 2, RoleType.PRINCIPAL, from, to))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.fields())
                            .singleElement()
                            .satisfies(f -> assertThat(f.field()).isEqualTo(field));
                });
    }

    @Test
    void acceptsAOneDayPeriodAndAnOpenOne() {
        assertThat(new NewRole(1, 2, RoleType.PRINCIPAL, FROM, FROM).validTo()).isEqualTo(FROM);
        assertThat(new NewMembership(1, 2, FROM, null).until()).isNull();
    }

    @Test
    void namesTheMembershipsOwnFields() {
        assertThatThrownBy(() -> new NewMembership(1, 2, FROM, FROM.minusDays(1)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fields().getFirst().field()).isEqualTo("until"));
        assertThatThrownBy(() -> new NewMembership(1, 2, null, null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("date-required"));
    }

    @Test
    void stripsAndBoundsTheTextsOfARegistration() {
        var registration = new NewRegistration(1, " LAWYER ", " 13501 ", " 福建省司法厅 ", FROM, null, LicenceStatus.ACTIVE);
        assertThat(registration.professionCode()).isEqualTo("LAWYER");
        assertThat(registration.licenceNumber()).isEqualTo("13501");
        assertThat(registration.issuer()).isEqualTo("福建省司法厅");
        assertThatThrownBy(
                        () -> new NewRegistration(1, "LAWYER", "1".repeat(61), "x", FROM, null, LicenceStatus.ACTIVE))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fields().getFirst().field()).isEqualTo("licenceNumber"));
    }

    @Test
    void requiresANamePrefix() {
        assertThat(new SubjectQuery(" 张 ", null).namePrefix()).isEqualTo("张");
        assertThatThrownBy(() -> new SubjectQuery("  ", SubjectKind.PERSON))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("invalid-name-prefix"));
    }
}
