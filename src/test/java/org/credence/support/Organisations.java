package org.credence.support;

import org.credence.subject.SubjectIdentifier;
import org.credence.subject.UnifiedSocialCreditCode;

/**
 * Fresh organisation codes that the registry can look up. {@link TestIdentifiers#organisation()} sometimes yields an
 * all-digit code, which {@link SubjectIdentifier#parse(String)} reads as a resident identity number and rejects
 * (reported to the subject module); until that is fixed, tests that look organisations up by text use these.
 */
public final class Organisations {

    private Organisations() {}

    public static UnifiedSocialCreditCode fresh() {
        while (true) {
            UnifiedSocialCreditCode code = TestIdentifiers.organisation();
            if (SubjectIdentifier.parse(code.value()) instanceof org.credence.subject.IdentifierParse.Accepted) {
                return code;
            }
        }
    }
}
