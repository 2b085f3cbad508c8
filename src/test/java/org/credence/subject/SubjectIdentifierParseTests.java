package org.credence.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SubjectIdentifierParseTests {

    @Test
    void readsAnAllDigitCreditCodeAsAnOrganisation() {
        String code = allDigitCreditCode();
        assertThat(SubjectIdentifier.parse(code).orThrow()).isInstanceOf(UnifiedSocialCreditCode.class);
    }

    @Test
    void stillRejectsAMistypedIdentityNumberAsAnIdentityNumber() {
        var parsed = SubjectIdentifier.parse("110105194912310021");
        assertThat(parsed)
                .isInstanceOfSatisfying(
                        IdentifierParse.Rejected.class,
                        r -> assertThat(r.reason()).isEqualTo(IdentifierParse.Reason.CHECK_CHARACTER));
    }

    private static String allDigitCreditCode() {
        for (int n = 0; ; n++) {
            String body = String.format(Locale.ROOT, "%08d", n);
            String first17 = "91350100" + body + UnifiedSocialCreditCode.organisationCodeCheck(body);
            String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            if (code.chars().allMatch(Character::isDigit)) {
                return code;
            }
        }
    }
}
