package org.credence.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.subject.IdentifierParse;
import org.credence.subject.ResidentIdentityNumber;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.UnifiedSocialCreditCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationGeneratorTests {

    private static final int PERSONS = 20_000;
    private static final int ORGANISATIONS = 2_000;

    @TempDir
    static Path dir;

    static Population population;
    static List<String[]> subjects;

    @BeforeAll
    static void generate() throws IOException {
        population = generate(dir.resolve("a"), 42, true);
        subjects = rows(dir.resolve("a/subjects.csv"));
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        generate(dir.resolve("b"), 42, true);
        generate(dir.resolve("c"), 43, true);
        for (String file : List.of("subjects.csv", "roles.csv", "registrations.csv", "memberships.csv")) {
            assertThat(Files.mismatch(
                            dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)))
                    .as(file)
                    .isEqualTo(-1);
        }
        assertThat(Files.mismatch(dir.resolve("a/subjects.csv"), dir.resolve("c/subjects.csv")))
                .isNotEqualTo(-1);
    }

    @Test
    void everyIdentifierIsValidAndUnique() {
        Set<String> seen = new HashSet<>();
        for (String[] row : subjects) {
            assertThat(SubjectIdentifier.parse(row[0])).as(row[0]).isInstanceOf(IdentifierParse.Accepted.class);
            assertThat(seen.add(row[0])).as("unique " + row[0]).isTrue();
            assertThat(row[1]).isNotBlank();
        }
        assertThat(seen).hasSize(PERSONS + ORGANISATIONS);
    }

    @Test
    void personsFollowTheSexRatioAndTheAgePyramid() {
        List<ResidentIdentityNumber> persons = subjects.stream()
                .map(r -> SubjectIdentifier.parse(r[0]).orThrow())
                .filter(ResidentIdentityNumber.class::isInstance)
                .map(ResidentIdentityNumber.class::cast)
                .toList();
        assertThat(persons).hasSize(PERSONS);
        double men = persons.stream().filter(p -> p.sex() == 'M').count() / (double) PERSONS;
        assertThat(men).isBetween(0.49, 0.535);
        LocalDate reference = PopulationGenerator.REFERENCE;
        long minors = persons.stream()
                .filter(p -> ChronoUnit.YEARS.between(p.birthDate(), reference) < 18)
                .count();
        assertThat(persons)
                .allSatisfy(p -> assertThat(ChronoUnit.YEARS.between(p.birthDate(), reference))
                        .isBetween(0L, 95L));
        assertThat(minors / (double) PERSONS).isBetween(0.15, 0.25);
        Set<String> places = new HashSet<>();
        Regions.load().places().forEach(r -> places.add(r.code()));
        assertThat(persons).allSatisfy(p -> assertThat(places).contains(p.regionCode()));
    }

    @Test
    void organisationsAreMostlyEnterprisesWithALegalRepresentativeEach() throws IOException {
        Map<String, Integer> byKind = new HashMap<>();
        subjects.stream()
                .filter(r -> SubjectIdentifier.parse(r[0]).orThrow() instanceof UnifiedSocialCreditCode)
                .forEach(r -> byKind.merge(r[0].substring(0, 2), 1, Integer::sum));
        assertThat(byKind.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ORGANISATIONS);
        assertThat(byKind.get("91") / (double) ORGANISATIONS).isBetween(0.50, 0.60);
        assertThat(byKind.get("92") / (double) ORGANISATIONS).isBetween(0.28, 0.38);
        assertThat(byKind).containsKeys("93", "11", "12", "51", "52");
        List<String[]> roles = rows(dir.resolve("a/roles.csv"));
        assertThat(roles.stream()
                        .filter(r -> r[2].equals("LEGAL_REPRESENTATIVE"))
                        .map(r -> r[0])
                        .distinct())
                .hasSize(ORGANISATIONS);
        Set<String> identifiers = new HashSet<>();
        subjects.forEach(r -> identifiers.add(r[0]));
        assertThat(roles).allSatisfy(r -> assertThat(identifiers).contains(r[0], r[1]));
    }

    @Test
    void aFewPercentOfPersonsHoldARegistrationAndAssociationsAreSocialOrganisations() throws IOException {
        List<String[]> registrations = rows(dir.resolve("a/registrations.csv"));
        assertThat(registrations.size() / (double) PERSONS).isBetween(0.03, 0.05);
        assertThat(registrations.stream().map(r -> r[1] + r[2]).distinct()).hasSize(registrations.size());
        List<String[]> memberships = rows(dir.resolve("a/memberships.csv"));
        assertThat(memberships).isNotEmpty().allSatisfy(m -> assertThat(m[1]).startsWith("51"));
        assertThat(population.memberships()).isEqualTo(memberships.size());
    }

    @Test
    void writesJsonLinesWithTheSameSubjects() throws IOException {
        generate(dir.resolve("j"), 42, false);
        List<String> lines = Files.readAllLines(dir.resolve("j/subjects.jsonl"));
        assertThat(lines).hasSize(PERSONS + ORGANISATIONS);
        assertThat(lines.getFirst()).startsWith("{\"identifier\":\"" + subjects.getFirst()[0] + "\",\"name\":\"");
    }

    private static Population generate(Path target, long seed, boolean csv) throws IOException {
        Files.createDirectories(target);
        var generator = new PopulationGenerator(Regions.load(), PERSONS, ORGANISATIONS, seed);
        try (var sink = new FileSink(target, csv)) {
            return generator.generate(sink, done -> {});
        }
    }

    /** Data rows split on commas: generated names never contain commas or quotes. */
    private static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .skip(1)
                .map(l -> l.split(",", -1))
                .toList();
    }
}
