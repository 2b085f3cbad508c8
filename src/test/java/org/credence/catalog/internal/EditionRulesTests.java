package org.credence.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.credence.catalog.Category;
import org.credence.catalog.DisclosureMode;
import org.credence.catalog.Edition;
import org.credence.catalog.Polarity;
import org.credence.catalog.PublicityRule;
import org.credence.catalog.RecordType;
import org.credence.catalog.Severity;
import org.credence.catalog.SubjectScope;
import org.credence.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EditionRulesTests {

    private final EditionRules rules = new EditionRules();

    @Test
    void acceptsAWellFormedEdition() {
        assertThat(rules.check(edition(penalty(Severity.GENERAL, PublicityRule.period(3, 12), DisclosureMode.PUBLIC))))
                .isInstanceOf(EditionCheck.Valid.class);
    }

    static Stream<Arguments> publicityTable() {
        return Stream.of(
                Arguments.of(Severity.MINOR, PublicityRule.NOT_PUBLISHED, DisclosureMode.PUBLIC, null),
                Arguments.of(Severity.MINOR, PublicityRule.period(0, 3), DisclosureMode.PUBLIC, null),
                Arguments.of(
                        Severity.MINOR, PublicityRule.period(0, 4), DisclosureMode.PUBLIC, "publicity-out-of-bounds"),
                Arguments.of(Severity.GENERAL, PublicityRule.period(3, 12), DisclosureMode.PUBLIC, null),
                Arguments.of(
                        Severity.GENERAL,
                        PublicityRule.period(2, 12),
                        DisclosureMode.PUBLIC,
                        "publicity-out-of-bounds"),
                Arguments.of(
                        Severity.GENERAL,
                        PublicityRule.NOT_PUBLISHED,
                        DisclosureMode.PUBLIC,
                        "publicity-out-of-bounds"),
                Arguments.of(Severity.SERIOUS, PublicityRule.period(12, 36), DisclosureMode.PUBLIC, null),
                Arguments.of(
                        Severity.SERIOUS,
                        PublicityRule.period(12, 37),
                        DisclosureMode.PUBLIC,
                        "publicity-out-of-bounds"),
                Arguments.of(
                        Severity.SERIOUS,
                        PublicityRule.WHILE_IN_FORCE,
                        DisclosureMode.PUBLIC,
                        "publicity-out-of-bounds"),
                Arguments.of(Severity.SERIOUS, PublicityRule.NOT_PUBLISHED, DisclosureMode.SHARED, null),
                Arguments.of(
                        Severity.SERIOUS,
                        PublicityRule.period(12, 36),
                        DisclosureMode.AUTHORISED,
                        "publicity-of-undisclosed-type"));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("publicityTable")
    void boundsPublicityBySeverityAndDisclosure(
            Severity severity, PublicityRule rule, DisclosureMode disclosure, @Nullable String expectedCode) {
        EditionCheck check = rules.check(edition(penalty(severity, rule, disclosure)));
        if (expectedCode == null) {
            assertThat(check).isInstanceOf(EditionCheck.Valid.class);
        } else {
            assertThat(problems(check)).extracting(FieldProblem::code).containsExactly(expectedCode);
            assertThat(problems(check).getFirst().field()).startsWith("recordTypes[test-penalty].publicity");
        }
    }

    @Test
    void requiresLegalBasisAndSeveritiesForNegativeTypes() {
        var ungradedNegative = new RecordType(
                "test-penalty",
                "罚",
                "Penalty",
                3,
                Polarity.NEGATIVE,
                Set.of(SubjectScope.PERSON),
                false,
                DisclosureMode.PUBLIC,
                Map.of(),
                PublicityRule.WHILE_IN_FORCE,
                60,
                true);
        assertThat(problems(rules.check(edition(ungradedNegative))))
                .extracting(FieldProblem::code)
                .containsExactlyInAnyOrder("legal-basis-required-for-negative", "negative-type-ungraded");
    }

    @Test
    void requiresTypesToBelongToACategoryOfTheEdition() {
        var orphan = new RecordType(
                "test-orphan",
                "孤",
                "Orphan",
                42,
                Polarity.POSITIVE,
                Set.of(SubjectScope.PERSON),
                false,
                DisclosureMode.PUBLIC,
                Map.of(),
                PublicityRule.WHILE_IN_FORCE,
                60,
                false);
        assertThat(problems(rules.check(edition(orphan))))
                .extracting(FieldProblem::code)
                .containsExactly("unknown-category");
    }

    private static List<FieldProblem> problems(EditionCheck check) {
        assertThat(check).isInstanceOf(EditionCheck.Invalid.class);
        return ((EditionCheck.Invalid) check).problems();
    }

    private static RecordType penalty(Severity severity, PublicityRule rule, DisclosureMode disclosure) {
        return new RecordType(
                "test-penalty",
                "罚",
                "Penalty",
                3,
                Polarity.NEGATIVE,
                Set.of(SubjectScope.PERSON),
                true,
                disclosure,
                Map.of(severity, rule),
                null,
                60,
                true);
    }

    private static Edition edition(RecordType type) {
        return new Edition(
                "t",
                "Test",
                LocalDate.of(2030, 1, 1),
                null,
                List.of(new Category(3, "administrative", "行政", "Administrative")),
                List.of(type));
    }
}
