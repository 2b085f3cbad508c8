package org.credence.synthetic.internal;

import org.credence.subject.UnifiedSocialCreditCode;

/**
 * Unified social credit codes that are unique by construction: the organisation code (characters 9-16) is the
 * organisation's running number through a seeded bijection of the 31^8 possible codes, so codes look scattered but
 * never repeat.
 */
final class OrganisationCodes {

    private static final long SPACE = 852_891_037_441L;
    /** Not a multiple of 31, hence a bijection modulo 31^8; small enough that an int index times it fits a long. */
    private static final long FACTOR = 2_654_435_761L;

    private final long offset;

    OrganisationCodes(long seed) {
        this.offset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, SPACE);
    }

    /** The code of organisation number {@code index} (below 2^31, so that the product cannot overflow). */
    UnifiedSocialCreditCode code(String authorityAndType, String regionCode, int index) {
        long value = Math.floorMod(index * FACTOR + offset, SPACE);
        char[] body = new char[8];
        for (int i = 7; i >= 0; i--) {
            body[i] = UnifiedSocialCreditCode.ALPHABET.charAt((int) (value % 31));
            value /= 31;
        }
        String organisationCode = new String(body);
        String first17 = authorityAndType
                + regionCode
                + organisationCode
                + UnifiedSocialCreditCode.organisationCodeCheck(organisationCode);
        return new UnifiedSocialCreditCode(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
    }
}
