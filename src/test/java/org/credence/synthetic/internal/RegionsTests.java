package org.credence.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.subject.ResidentIdentityNumber;
import org.junit.jupiter.api.Test;

class RegionsTests {

    private final Regions regions = Regions.load();

    @Test
    void listsAllProvinceLevelDivisionsAndManyPrefectures() {
        assertThat(regions.all().stream().filter(Regions.Region::province)).hasSize(34);
        assertThat(regions.all().stream().filter(r -> !r.province())).hasSizeGreaterThanOrEqualTo(150);
        assertThat(regions.all())
                .allSatisfy(r -> assertThat(ResidentIdentityNumber.isRegionCode(r.code()))
                        .as(r.code())
                        .isTrue())
                .allSatisfy(r -> assertThat(r.population()).isPositive());
        assertThat(regions.all().stream().map(Regions.Region::code).distinct())
                .hasSize(regions.all().size());
    }

    @Test
    void placesAreNamedForTheirProvince() {
        var fuzhou = regions.all().stream()
                .filter(r -> r.code().equals("350100"))
                .findFirst()
                .orElseThrow();
        assertThat(fuzhou.name()).isEqualTo("福州市");
        assertThat(regions.provinceOf(fuzhou).name()).isEqualTo("福建省");
        assertThat(regions.places()).noneMatch(r -> r.code().equals("350000"));
        assertThat(regions.places()).anyMatch(r -> r.code().equals("810000"));
    }
}
