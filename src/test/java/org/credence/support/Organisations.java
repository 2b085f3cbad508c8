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
        return fresh("91");
    }

    /** A fresh social organisation (an association) that the registry can look up. */
    public static UnifiedSocialCreditCode association() {
        return fresh("51");
    }

    private static UnifiedSocialCreditCode fresh(String authorityAndType) {
        while (true) {
            UnifiedSocialCreditCode code = TestIdentifiers.organisation(authorityAndType);
            if (SubjectIdentifier.parse(code.value()) instanceof org.credence.subject.IdentifierParse.Accepted) {
                return code;
            }
        }
    }
}
