package org.credence.catalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.credence.catalog.Category;
import org.credence.catalog.DisclosureMode;
import org.credence.catalog.Edition;
import org.credence.catalog.Polarity;
import org.credence.catalog.PublicityRule;
import org.credence.catalog.RecordType;
import org.credence.catalog.Severity;
import org.credence.shared.FieldProblem;

/**
 * The rules every edition must keep (DOMAIN.md): a negative type needs a legal basis and is graded by severity; a
 * published minor record is public for at most 3 months, a general one for 3 to 12, a serious one for 12 to 36; a type
 * not disclosed to the public is never published; every type belongs to a category of its edition.
 */
final class EditionRules {

    private static final Pattern EDITION_CODE = Pattern.compile("[0-9A-Za-z._-]{1,20}");
    private static final Pattern TYPE_CODE = Pattern.compile("[a-z][a-z0-9-]{1,59}");

    /** Publicity bounds per severity, in months; {@code mayBeUnpublished} for severities not normally published. */
    private record Bounds(int minMonths, int maxMonths, boolean mayBeUnpublished) {}

    private static final Map<Severity, Bounds> BOUNDS = Map.of(
            Severity.MINOR, new Bounds(0, 3, true),
            Severity.GENERAL, new Bounds(3, 12, false),
            Severity.SERIOUS, new Bounds(12, 36, false));

    EditionCheck check(Edition edition) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!EDITION_CODE.matcher(edition.code()).matches()) {
            problems.add(problem("code", "invalid-edition-code", "an edition code has 1 to 20 letters, digits, . _ -"));
        }
        if (edition.title().isBlank() || edition.title().length() > 200) {
            problems.add(problem("title", "invalid-title", "a title has 1 to 200 characters"));
        }
        checkCategories(edition.categories(), problems);
        Set<Integer> categoryNumbers = new HashSet<>();
        edition.categories().forEach(c -> categoryNumbers.add(c.number()));
        Set<String> seen = new HashSet<>();
        for (RecordType type : edition.recordTypes()) {
            if (!seen.add(type.code())) {
                problems.add(problem(field(type, "code"), "duplicate-record-type", "type listed twice"));
            }
            checkType(type, categoryNumbers, problems);
        }
        if (edition.recordTypes().isEmpty()) {
            problems.add(problem("recordTypes", "no-record-types", "an edition lists at least one record type"));
        }
        return EditionCheck.of(problems);
    }

    private static void checkCategories(List<Category> categories, List<FieldProblem> problems) {
        Set<Integer> numbers = new HashSet<>();
        for (Category category : categories) {
            if (!numbers.add(category.number())) {
                problems.add(problem(
                        "categories[" + category.number() + "]", "duplicate-category", "category listed twice"));
            }
            if (category.code().isBlank()
                    || category.nameZh().isBlank()
                    || category.nameEn().isBlank()) {
                problems.add(problem(
                        "categories[" + category.number() + "]", "invalid-category", "code and names are required"));
            }
        }
    }

    private static void checkType(RecordType type, Set<Integer> categories, List<FieldProblem> problems) {
        if (!TYPE_CODE.matcher(type.code()).matches()) {
            problems.add(problem(field(type, "code"), "invalid-type-code", "lowercase letters, digits and hyphens"));
        }
        if (type.nameZh().isBlank() || type.nameEn().isBlank()) {
            problems.add(problem(field(type, "name"), "invalid-type-name", "both names are required"));
        }
        if (!categories.contains(type.category())) {
            problems.add(problem(field(type, "category"), "unknown-category", "no category " + type.category()));
        }
        if (type.appliesTo().isEmpty()) {
            problems.add(
                    problem(field(type, "appliesTo"), "no-subject-kind", "applies to persons, organisations or both"));
        }
        if (type.retentionMonths() < 0) {
            problems.add(problem(field(type, "retentionMonths"), "invalid-retention", "retention is 0 or more months"));
        }
        if (type.polarity() == Polarity.NEGATIVE) {
            checkNegative(type, problems);
        }
        checkPublicity(type, problems);
    }

    private static void checkNegative(RecordType type, List<FieldProblem> problems) {
        if (!type.legalBasisRequired()) {
            problems.add(problem(
                    field(type, "legalBasisRequired"),
                    "legal-basis-required-for-negative",
                    "a negative type always requires a legal basis and a decision number"));
        }
        if (!type.graded()) {
            problems.add(problem(
                    field(type, "publicityBySeverity"),
                    "negative-type-ungraded",
                    "a negative type lists the severities it allows"));
        }
    }

    private static void checkPublicity(RecordType type, List<FieldProblem> problems) {
        boolean isPublic = type.disclosure() == DisclosureMode.PUBLIC;
        if (type.ungradedPublicity() != null
                && !isPublic
                && type.ungradedPublicity().published()) {
            problems.add(notPublic(type, "ungradedPublicity"));
        }
        type.publicityBySeverity().forEach((severity, rule) -> {
            String where = "publicityBySeverity." + severity;
            if (!isPublic) {
                if (rule.published()) {
                    problems.add(notPublic(type, where));
                }
                return;
            }
            if (!withinBounds(rule, BOUNDS.get(severity))) {
                Bounds b = BOUNDS.get(severity);
                problems.add(problem(
                        field(type, where),
                        "publicity-out-of-bounds",
                        "a published " + severity + " record is public for " + b.minMonths() + " to " + b.maxMonths()
                                + " months" + (b.mayBeUnpublished() ? " or not at all" : "")));
            }
        });
    }

    private static boolean withinBounds(PublicityRule rule, Bounds bounds) {
        return switch (rule.mode()) {
            case NOT_PUBLISHED -> bounds.mayBeUnpublished();
            case WHILE_IN_FORCE -> false;
            case PERIOD -> rule.minMonths() >= bounds.minMonths() && rule.maxMonths() <= bounds.maxMonths();
        };
    }

    private static FieldProblem notPublic(RecordType type, String where) {
        return problem(
                field(type, where),
                "publicity-of-undisclosed-type",
                "a type disclosed " + type.disclosure() + " is never published");
    }

    private static String field(RecordType type, String name) {
        return "recordTypes[" + type.code() + "]." + name;
    }

    private static FieldProblem problem(String field, String code, String message) {
        return new FieldProblem(field, code, message);
    }
}
