package org.credence.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTests {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void acceptsTheStandardsExampleIdentityNumber() {
        var parsed = ResidentIdentityNumber.parse("11010519491231002X", TODAY);
        assertThat(parsed).isInstanceOf(IdentifierParse.Accepted.class);
        var number = (ResidentIdentityNumber) parsed.orThrow();
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.sex()).isEqualTo('F');
        assertThat(number.regionCode()).isEqualTo("110105");
        assertThat(number.masked()).isEqualTo("110105********002X");
    }

    @Test
    void acceptsLowercaseCheckCharacterAndStoresUppercase() {
        var number = ResidentIdentityNumber.parse(" 11010519491231002x ", TODAY).orThrow();
        assertThat(number.value()).isEqualTo("11010519491231002X");
    }

    @Test
    void acceptsTheStandardsExampleCreditCode() {
        var code = (UnifiedSocialCreditCode)
                UnifiedSocialCreditCode.parse("91350100M000100Y43").orThrow();
        assertThat(code.organisationType()).isEqualTo(OrganisationType.ENTERPRISE);
        assertThat(code.regionCode()).isEqualTo("350100");
        assertThat(code.masked()).isEqualTo("9135*********00Y43");
        assertThat(code.toString()).doesNotContain("M000100");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "11010519491231002, LENGTH",
        "11010519491231002XX, LENGTH",
        "1101051949123100AX, CHARACTER_SET",
        "11010519491231002Y, CHARACTER_SET",
        "00010519491231002X, REGION",
        "110105194902300021, BIRTH_DATE",
        "110105194913010021, BIRTH_DATE",
        "110105203001010021, BIRTH_DATE",
        "110105194912310021, CHECK_CHARACTER",
    })
    void rejectsIdentityNumbersWithTheirReason(String value, IdentifierParse.Reason reason) {
        assertThat(ResidentIdentityNumber.parse(value, TODAY))
                .isInstanceOfSatisfying(
                        IdentifierParse.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(reason));
    }

    @Test
    void rejectsThirtiethOfFebruaryAsBirthDate() {
        String first17 = "11010520000230001";
        String value = first17 + ResidentIdentityNumber.checkCharacter(first17);
        assertThat(ResidentIdentityNumber.parse(value, TODAY))
                .isInstanceOfSatisfying(
                        IdentifierParse.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(IdentifierParse.Reason.BIRTH_DATE));
    }

    @Test
    void rejectsBirthDateAfterToday() {
        String first17 = "11010520261130001";
        String value = first17 + ResidentIdentityNumber.checkCharacter(first17);
        assertThat(ResidentIdentityNumber.parse(value, TODAY)).isInstanceOf(IdentifierParse.Rejected.class);
        assertThat(ResidentIdentityNumber.parse(value, Clock.offset(TODAY, java.time.Duration.ofDays(2))))
                .isInstanceOf(IdentifierParse.Accepted.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "91350100M000100Y4, LENGTH",
        "91350100M000100YO3, CHARACTER_SET",
        "I1350100M000100Y43, CHARACTER_SET",
        "B1350100M000100Y43, REGISTRATION_AUTHORITY",
        "9135A100M000100Y43, REGION",
        "91350100M000100X43, ORGANISATION_CODE_CHECK",
        "91350100M000100Y44, CHECK_CHARACTER",
    })
    void rejectsCreditCodesWithTheirReason(String value, IdentifierParse.Reason reason) {
        assertThat(UnifiedSocialCreditCode.parse(value))
                .isInstanceOfSatisfying(
                        IdentifierParse.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(reason));
    }

    @Test
    void parseTellsTheKindsApart() {
        assertThat(SubjectIdentifier.parse("11010519491231002x").orThrow().kind())
                .isEqualTo(SubjectKind.PERSON);
        assertThat(SubjectIdentifier.parse("91350100m000100y43").orThrow().kind())
                .isEqualTo(SubjectKind.ORGANISATION);
        assertThat(SubjectIdentifier.parse("123")).isInstanceOf(IdentifierParse.Rejected.class);
    }
}
