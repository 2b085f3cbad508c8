package org.credence.subject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectIdentifierTests {

    @Test
    void readsAnAllDigitCreditCodeAsAnOrganisation() {
        String first17 = "91350100" + "00000015" + UnifiedSocialCreditCode.organisationCodeCheck("00000015");
        String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        assertThat(code).containsOnlyDigits();

        var parsed = SubjectIdentifier.parse(code).orThrow();
        assertThat(parsed).isInstanceOf(UnifiedSocialCreditCode.class);
        assertThat(parsed.kind()).isEqualTo(SubjectKind.ORGANISATION);
    }

    @Test
    void keepsTheIdentityNumbersReasonWhenAnAllDigitValueIsNeither() {
        assertThat(SubjectIdentifier.parse("110105194912310021"))
                .isEqualTo(new IdentifierParse.Rejected(
                        IdentifierParse.Reason.CHECK_CHARACTER, "check character is 1, expected X"));
    }
}
