package org.credence.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IdentifierProperties {

    private static final String DIGITS_AND_X = "0123456789X";

    @Property
    void everyGeneratedIdentityNumberParses(@ForAll("identityNumbers") String value) {
        assertThat(ResidentIdentityNumber.parse(value)).isInstanceOf(IdentifierParse.Accepted.class);
    }

    @Property
    void everySingleSubstitutionOfAnIdentityNumberIsRejected(
            @ForAll("identityNumbers") String value,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @IntRange(min = 1, max = 10) int shift) {
        char original = value.charAt(position);
        char replacement = DIGITS_AND_X.charAt((DIGITS_AND_X.indexOf(original) + shift) % DIGITS_AND_X.length());
        String changed = value.substring(0, position) + replacement + value.substring(position + 1);
        assertThat(ResidentIdentityNumber.parse(changed)).isInstanceOf(IdentifierParse.Rejected.class);
    }

    @Property
    void normalisationRoundTripsForIdentityNumbers(@ForAll("identityNumbers") String value) {
        String lower = "  " + value.toLowerCase(Locale.ROOT) + "\t";
        var parsed = ResidentIdentityNumber.parse(lower).orThrow();
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(ResidentIdentityNumber.parse(parsed.value()).orThrow()).isEqualTo(parsed);
    }

    @Property
    void everyGeneratedCreditCodeParses(@ForAll("creditCodes") String value) {
        assertThat(UnifiedSocialCreditCode.parse(value)).isInstanceOf(IdentifierParse.Accepted.class);
    }

    @Property
    void everySingleSubstitutionOfACreditCodeIsRejected(
            @ForAll("creditCodes") String value,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @IntRange(min = 1, max = 35) int shift) {
        String symbols = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        char original = value.charAt(position);
        char replacement = symbols.charAt((symbols.indexOf(original) + shift) % symbols.length());
        String changed = value.substring(0, position) + replacement + value.substring(position + 1);
        assertThat(UnifiedSocialCreditCode.parse(changed)).isInstanceOf(IdentifierParse.Rejected.class);
    }

    @Property
    void normalisationRoundTripsForCreditCodes(@ForAll("creditCodes") String value) {
        var parsed = UnifiedSocialCreditCode.parse(value.toLowerCase(Locale.ROOT) + " ")
                .orThrow();
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(parsed.masked())
                .hasSize(18)
                .startsWith(value.substring(0, 4))
                .endsWith(value.substring(13));
    }

    @Provide
    Arbitrary<String> identityNumbers() {
        Arbitrary<String> region = Arbitraries.of("110105", "310101", "440305", "350102", "510104", "650102", "820000");
        Arbitrary<LocalDate> birth = Arbitraries.integers()
                .between(0, 365 * 110)
                .map(days -> LocalDate.of(1915, 1, 1).plusDays(days));
        Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 999);
        return Combinators.combine(region, birth, sequence).as((r, b, s) -> {
            String first17 = r
                    + String.format(
                            Locale.ROOT, "%04d%02d%02d%03d", b.getYear(), b.getMonthValue(), b.getDayOfMonth(), s);
            return first17 + ResidentIdentityNumber.checkCharacter(first17);
        });
    }

    @Provide
    Arbitrary<String> creditCodes() {
        Arbitrary<String> authorityAndType = Arbitraries.of("91", "92", "93", "11", "12", "51", "52", "53", "N1", "Y1");
        Arbitrary<String> region = Arbitraries.of("110105", "310101", "440305", "350100", "510104");
        Arbitrary<String> body = Arbitraries.strings()
                .withChars(UnifiedSocialCreditCode.ALPHABET)
                .ofLength(8);
        return Combinators.combine(authorityAndType, region, body).as((a, r, b) -> {
            String first17 = a + r + b + UnifiedSocialCreditCode.organisationCodeCheck(b);
            return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        });
    }
}
