package org.credence.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.credence.rating.SubjectGrade;
import org.credence.supervision.Inspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrawAlgorithmTests {

    private static final List<DrawAlgorithm.CategoryRule> MARKET =
            List.of(rule("A", "A", "3"), rule("B", "B", "5"), rule("C", "C", "20"), rule("D", "D", "100"));
    private static final List<Inspector> POOL = IntStream.rangeClosed(1, 7)
            .mapToObj(i -> new Inspector("I" + i, "Inspector " + i))
            .toList();

    @ParameterizedTest(name = "{0} subjects at {1} % -> {2}")
    @CsvSource({
        "0, 3, 0",
        "1, 3, 1",
        "33, 3, 1",
        "34, 3, 2",
        "100, 3, 3",
        "101, 3, 4",
        "1000000, 3, 30000",
        "1000001, 3, 30001",
        "40, 7.5, 3",
        "41, 7.5, 4",
        "19, 5, 1",
        "20, 5, 1",
        "21, 5, 2",
        "10, 0, 0",
        "10, 0.01, 1",
        "7, 100, 7",
        "3, 33.33, 1",
        "3, 33.34, 2",
        "50000000, 0.01, 5000",
    })
    void roundsUpToWholeTargets(long population, String ratio, long expected) {
        assertThat(DrawAlgorithm.targetCount(population, new BigDecimal(ratio))).isEqualTo(expected);
    }

    @Test
    void aDrawKeyIsTheSha256OfSeedPeriodAndSubject() throws Exception {
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest("seed-1|2026-Q4|12345".getBytes(StandardCharsets.UTF_8)));
        assertThat(DrawAlgorithm.drawKey("seed-1", "2026-Q4", 12345)).isEqualTo(expected);
    }

    @Test
    void drawsTheLowestKeysOfEachCategoryAtItsRatio() {
        List<SubjectGrade> population = population(1000);
        var result = DrawAlgorithm.compute(pages(population), inputs("seed-1", "2026-Q4"));
        Map<String, List<SubjectGrade>> byGrade =
                population.stream().collect(Collectors.groupingBy(SubjectGrade::grade));
        for (var category : result.categories()) {
            List<SubjectGrade> members = byGrade.getOrDefault(category.code(), List.of());
            assertThat(category.population()).isEqualTo(members.size());
            assertThat(category.drawn()).isEqualTo(DrawAlgorithm.targetCount(members.size(), category.ratio()));
            List<Long> expected = members.stream()
                    .sorted(Comparator.comparing(s -> DrawAlgorithm.drawKey("seed-1", "2026-Q4", s.subjectId())))
                    .limit(category.drawn())
                    .map(SubjectGrade::subjectId)
                    .toList();
            assertThat(result.targets().stream()
                            .filter(t -> t.category().equals(category.code()))
                            .map(DrawAlgorithm.Target::subjectId))
                    .containsExactlyElementsOf(expected);
        }
        assertThat(result.populationCount()).isEqualTo(1000);
        assertThat(result.unclassified())
                .isEqualTo(
                        population.stream().filter(s -> s.grade().equals("X")).count());
        assertThat(result.targets())
                .extracting(DrawAlgorithm.Target::position)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, result.targets().size())
                                .boxed()
                                .toList());
    }

    @Test
    void theSameSeedAndInputsGiveTheSameDraw() {
        List<SubjectGrade> population = population(2000);
        var first = DrawAlgorithm.compute(pages(population), inputs("seed-1", "2026-Q4"));
        var again = DrawAlgorithm.compute(pages(new ArrayList<>(population)), inputs("seed-1", "2026-Q4"));
        assertThat(again).isEqualTo(first);
        assertThat(again.resultDigest()).isEqualTo(first.resultDigest());
    }

    @Test
    void anotherSeedOrPeriodGivesAnotherDraw() {
        List<SubjectGrade> population = population(2000);
        var first = DrawAlgorithm.compute(pages(population), inputs("seed-1", "2026-Q4"));
        var otherSeed = DrawAlgorithm.compute(pages(population), inputs("seed-2", "2026-Q4"));
        var otherPeriod = DrawAlgorithm.compute(pages(population), inputs("seed-1", "2027-Q1"));
        assertThat(targetsOf(otherSeed)).isNotEqualTo(targetsOf(first));
        assertThat(targetsOf(otherPeriod)).isNotEqualTo(targetsOf(first));
        assertThat(otherSeed.populationDigest()).isEqualTo(first.populationDigest());
        assertThat(otherSeed.resultDigest()).isNotEqualTo(first.resultDigest());
    }

    @Test
    void aChangedPopulationChangesItsDigest() {
        List<SubjectGrade> population = new ArrayList<>(population(100));
        var first = DrawAlgorithm.compute(pages(population), inputs("seed-1", "2026-Q4"));
        SubjectGrade changed = population.get(50);
        population.set(50, new SubjectGrade(changed.subjectId(), changed.grade().equals("A") ? "B" : "A"));
        var second = DrawAlgorithm.compute(pages(population), inputs("seed-1", "2026-Q4"));
        assertThat(second.populationDigest()).isNotEqualTo(first.populationDigest());
        assertThat(second.populationCount()).isEqualTo(first.populationCount());
    }

    @Test
    void assignsDistinctInspectorsPerTargetWithAnEvenWorkload() {
        var result = DrawAlgorithm.compute(pages(population(3000)), inputs("seed-1", "2026-Q4"));
        Map<String, Integer> workload = new HashMap<>();
        for (var target : result.targets()) {
            assertThat(target.inspectors()).hasSize(2).doesNotHaveDuplicates();
            target.inspectors().forEach(i -> workload.merge(i, 1, Integer::sum));
        }
        int assignments = result.targets().size() * 2;
        assertThat(workload).hasSize(POOL.size());
        assertThat(workload.values())
                .allSatisfy(n -> assertThat(n).isBetween(assignments / POOL.size(), assignments / POOL.size() + 1));
    }

    @Test
    void ordersThePoolByKeyedHashNotByTheOrderGiven() {
        List<Inspector> reversed = POOL.reversed();
        assertThat(DrawAlgorithm.orderedPool("seed-1", "2026-Q4", reversed))
                .isEqualTo(DrawAlgorithm.orderedPool("seed-1", "2026-Q4", POOL));
        assertThat(DrawAlgorithm.orderedPool("seed-2", "2026-Q4", POOL))
                .isNotEqualTo(DrawAlgorithm.orderedPool("seed-1", "2026-Q4", POOL));
    }

    @Test
    void readsAPopulationLargerThanAPage() {
        int size = DrawAlgorithm.PAGE * 2 + 17;
        var result = DrawAlgorithm.compute(pages(population(size)), inputs("seed-1", "2026"));
        assertThat(result.populationCount()).isEqualTo(size);
    }

    private static List<Long> targetsOf(DrawAlgorithm.Result result) {
        return result.targets().stream().map(DrawAlgorithm.Target::subjectId).toList();
    }

    private static DrawAlgorithm.Inputs inputs(String seed, String period) {
        return new DrawAlgorithm.Inputs(seed, period, MARKET, POOL, 2);
    }

    /** Subjects 1000, 1003, 1006 ... with grades A (50 %), B (25 %), C (15 %), D (5 %) and X (5 %, unclassified). */
    private static List<SubjectGrade> population(int size) {
        String grades = "AAAAAAAAAABBBBBCCCDX";
        return IntStream.range(0, size)
                .mapToObj(i -> new SubjectGrade(1000L + 3L * i, String.valueOf(grades.charAt(i % grades.length()))))
                .toList();
    }

    /** The population served page by page, as the draw's snapshot serves it. */
    private static DrawAlgorithm.Population pages(List<SubjectGrade> population) {
        return (after, limit) -> population.stream()
                .filter(s -> s.subjectId() > after)
                .limit(limit)
                .toList();
    }

    private static DrawAlgorithm.CategoryRule rule(String code, String grade, String ratio) {
        return new DrawAlgorithm.CategoryRule(code, List.of(grade), new BigDecimal(ratio));
    }
}
