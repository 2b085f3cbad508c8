package org.credence.listing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.credence.access.Actor;
import org.credence.access.Role;
import org.credence.listing.EntryStatus;
import org.credence.listing.NewInclusion;
import org.credence.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A credit officer's inclusion: every missing field named, then the term and market-ban rules of the list. */
class ManualInclusionPolicyTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Actor OFFICER = new Actor("officer", "fz-market-supervision", Set.of(Role.CREDIT_OFFICER), null);

    static NewInclusion inclusion(
            @Nullable Integer termMonths, @Nullable List<String> matterTypes, @Nullable List<String> sectors) {
        return new NewInclusion(
                "x", "榕市监禁〔2026〕1号", null, "串通投标", "情节严重", "《招标投标法》第五十三条", termMonths, matterTypes, sectors);
    }

    @Test
    void namesEveryMissingField() {
        var empty = new NewInclusion(null, " ", TODAY.plusDays(1), null, "", null, 0, null, null);
        List<FieldProblem> problems =
                ManualInclusionPolicy.problems(Definitions.serious().definition(), empty, TODAY);
        assertThat(problems)
                .extracting(p -> p.field() + ":" + p.code())
                .containsExactly(
                        "decisionNumber:required",
                        "facts:required",
                        "reasons:required",
                        "legalBasis:required",
                        "decisionDate:in-future",
                        "termMonths:out-of-range");
    }

    @Test
    void aMarketBanNamesItsSectorsAndOnlyMatterTypesTheListBars() {
        var def = Definitions.marketBan().definition();
        assertThat(ManualInclusionPolicy.problems(
                        def, inclusion(60, List.of("public-bidding", "fiscal-subsidy"), null), TODAY))
                .extracting(p -> p.field() + ":" + p.code())
                .containsExactly("barredMatterTypes[1]:not-barred-by-list", "barredSectors:required");
        assertThat(ManualInclusionPolicy.problems(
                        Definitions.serious().definition(),
                        inclusion(null, List.of("public-bidding"), List.of("food")),
                        TODAY))
                .extracting(p -> p.field() + ":" + p.code())
                .containsExactly("barredMatterTypes:not-a-market-ban", "barredSectors:not-a-market-ban");
    }

    @ParameterizedTest(name = "{0} with term {1}: {2}")
    @CsvSource({
        "020-serious-illegal-dishonesty-v1.json, , INCLUDED, 36",
        "020-serious-illegal-dishonesty-v1.json, 24, INCLUDED, 24",
        "020-serious-illegal-dishonesty-v1.json, 37, term-beyond-limit,",
        "010-dishonest-judgment-debtors-v1.json, 60, INCLUDED, 60", // 24 and the whole extension
        "010-dishonest-judgment-debtors-v1.json, 61, term-beyond-limit,",
        "070-market-ban-v1.json, , term-required,",
        "070-market-ban-v1.json, 120, INCLUDED, 120",
        "070-market-ban-v1.json, 121, term-beyond-limit,",
        "090-advanced-certified-enterprises-v1.json, 12, term-beyond-limit,",
        "090-advanced-certified-enterprises-v1.json, , INCLUDED,"
    })
    void aTermOverrideStaysWithinTheAllowedExtension(
            String list, @Nullable Integer term, String outcome, @Nullable Integer months) {
        var decision = ManualInclusionPolicy.decide(
                Definitions.seed(list),
                inclusion(term, null, List.of("construction")),
                Definitions.organisation(),
                TODAY,
                OFFICER);
        switch (decision) {
            case ManualInclusionPolicy.Include include -> {
                assertThat(outcome).isEqualTo("INCLUDED");
                assertThat(include.inclusion().termMonths()).isEqualTo(months);
                assertThat(include.inclusion().termEnd()).isEqualTo(months == null ? null : TODAY.plusMonths(months));
                assertThat(include.inclusion().actor()).isEqualTo("officer");
                assertThat(include.inclusion().organisation()).isEqualTo("fz-market-supervision");
            }
            case ManualInclusionPolicy.Refused refused -> {
                assertThat(refused.code()).isEqualTo(outcome);
                assertThat(refused.field()).isEqualTo("termMonths");
            }
        }
    }

    @Test
    void aMarketBanBarsTheListsMatterTypesUnlessTheDecisionNamesFewer() {
        var all = (ManualInclusionPolicy.Include) ManualInclusionPolicy.decide(
                Definitions.marketBan(),
                inclusion(24, null, List.of("construction")),
                Definitions.organisation(),
                TODAY,
                OFFICER);
        assertThat(all.inclusion().barredMatterTypes()).contains("public-bidding", "government-procurement");
        assertThat(all.inclusion().barredSectors()).containsExactly("construction");
        var some = (ManualInclusionPolicy.Include) ManualInclusionPolicy.decide(
                Definitions.marketBan(),
                inclusion(24, List.of("government-procurement"), List.of("construction")),
                Definitions.organisation(),
                TODAY,
                OFFICER);
        assertThat(some.inclusion().barredMatterTypes()).containsExactly("government-procurement");
    }

    @Test
    void aPastDecisionWhoseTermIsOverIsRefusedAndAPersonIsNotifiedFirst() {
        var old = new NewInclusion("x", "旅黑〔2020〕1号", TODAY.minusYears(4), "f", "r", "b", null, null, null);
        var refused = ManualInclusionPolicy.decide(
                Definitions.tourismBlacklist(), old, Definitions.organisation(), TODAY, OFFICER);
        assertThat(refused).isInstanceOf(ManualInclusionPolicy.Refused.class);
        assertThat(((ManualInclusionPolicy.Refused) refused).code()).isEqualTo("term-already-over");

        var recent = new NewInclusion("x", "旅黑〔2026〕9号", TODAY, "f", "r", "b", null, null, null);
        var pending = (ManualInclusionPolicy.Include) ManualInclusionPolicy.decide(
                Definitions.tourismBlacklist(), recent, Definitions.person(LocalDate.of(1990, 5, 5)), TODAY, OFFICER);
        assertThat(pending.inclusion().status()).isEqualTo(EntryStatus.PENDING_NOTICE);
        assertThat(pending.inclusion().inForceFrom()).isEqualTo(TODAY.plusDays(10));
        assertThat(pending.inclusion().dedupeKey()).isEqualTo("decision:2:旅黑〔2026〕9号");
    }
}
