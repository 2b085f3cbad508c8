package org.credence.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.credence.supervision.NewProfile;
import org.credence.supervision.SupervisionProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @ParameterizedTest(name = "ratio {0}-{1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "3, 3, -",
                "5, 10, -",
                "0, 0, -",
                "100, 100, -",
                "7.25, 7.5, -",
                "10, 5, ratio-range-inverted",
                "-1, 5, invalid-ratio",
                "5, 100.01, invalid-ratio",
                "3.125, 4, invalid-ratio",
            })
    void checksRatios(String min, String max, String expected) {
        var problems = ProfileRules.check(profile(category("A", List.of("A"), min, max)), null, TODAY);
        assertThat(problems.stream().map(p -> p.code()).findFirst().orElse(null))
                .isEqualTo(expected);
    }

    @Test
    void aGradeBelongsToOneCategoryAndCodesAreUnique() {
        var problems = ProfileRules.check(
                profile(category("A", List.of("A", "B"), "3", "3"), category("A", List.of("B"), "5", "10")),
                null,
                TODAY);
        assertThat(problems)
                .extracting(p -> p.field() + " " + p.code())
                .containsExactly(
                        "categories[1].code duplicate-category", "categories[1].grades[0] grade-in-two-categories");
    }

    @Test
    void aNewVersionKeepsItsSchemeAndTakesEffectInOrder() {
        var latest = new SupervisionProfile(
                "market-supervision",
                1,
                "名称",
                "Name",
                "market-supervision-risk",
                LocalDate.of(2026, 12, 10),
                2,
                List.of(category("A", List.of("A"), "3", "3")),
                "");
        var next = new NewProfile(
                "market-supervision",
                "名称",
                "Name",
                "tax-credit",
                LocalDate.of(2026, 12, 1),
                2,
                List.of(category("A", List.of("A"), "3", "3")));
        assertThat(ProfileRules.check(next, latest, TODAY))
                .extracting(p -> p.field() + " " + p.code())
                .containsExactly("scheme scheme-changed", "effectiveFrom effective-before-previous");
    }

    @Test
    void listsEveryMissingField() {
        assertThat(ProfileRules.check(new NewProfile(null, null, null, null, null, null, null), null, TODAY))
                .extracting(p -> p.field() + " " + p.code())
                .containsExactly(
                        "sector required",
                        "scheme required",
                        "nameZh required",
                        "nameEn required",
                        "inspectorsPerTarget invalid-inspectors-per-target",
                        "effectiveFrom required",
                        "categories invalid-categories");
    }

    private static NewProfile profile(SupervisionProfile.Category... categories) {
        return new NewProfile("test-sector", "测试", "Test", "test-scheme", TODAY, 2, List.of(categories));
    }

    private static SupervisionProfile.Category category(String code, List<String> grades, String min, String max) {
        return new SupervisionProfile.Category(
                code,
                grades,
                code + "类",
                "Class " + code,
                new SupervisionProfile.Ratio(new BigDecimal(min), new BigDecimal(max)),
                false,
                "测试",
                "Test");
    }
}
