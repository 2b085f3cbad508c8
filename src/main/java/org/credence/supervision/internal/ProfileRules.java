package org.credence.supervision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.credence.shared.FieldProblem;
import org.credence.supervision.NewProfile;
import org.credence.supervision.SupervisionProfile;
import org.jspecify.annotations.Nullable;

/**
 * What a profile version must keep: codes of the right form, names and facilitation texts present, one to twenty
 * categories with unique codes, every grade in at most one category, ratios in percent within 0–100 with at most two
 * decimals and {@code min <= max}, one to ten inspectors per target, an effective date neither in the past nor before
 * the latest version's.
 */
final class ProfileRules {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    private static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,19}");
    private static final Pattern GRADE = Pattern.compile("[A-Za-z0-9+-]{1,8}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProfileRules() {}

    /** @param today {@code null} for seeds, which may be historical */
    static List<FieldProblem> check(NewProfile p, @Nullable SupervisionProfile latest, @Nullable LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        code("sector", p.sector(), problems);
        code("scheme", p.scheme(), problems);
        text("nameZh", p.nameZh(), 200, problems);
        text("nameEn", p.nameEn(), 300, problems);
        if (latest != null && p.scheme() != null && !latest.scheme().equals(p.scheme())) {
            problems.add(new FieldProblem(
                    "scheme",
                    "scheme-changed",
                    "the sector is classified by " + latest.scheme()
                            + "; a profile for another scheme is another sector"));
        }
        if (p.inspectorsPerTarget() == null || p.inspectorsPerTarget() < 1 || p.inspectorsPerTarget() > 10) {
            problems.add(new FieldProblem(
                    "inspectorsPerTarget", "invalid-inspectors-per-target", "1 to 10 inspectors per target"));
        }
        if (p.effectiveFrom() == null) {
            problems.add(required("effectiveFrom"));
        } else if (today != null && p.effectiveFrom().isBefore(today)) {
            problems.add(new FieldProblem(
                    "effectiveFrom", "effective-in-past", "a new version takes effect today or later"));
        } else if (latest != null && p.effectiveFrom().isBefore(latest.effectiveFrom())) {
            problems.add(new FieldProblem(
                    "effectiveFrom",
                    "effective-before-previous",
                    "version " + latest.version() + " takes effect on " + latest.effectiveFrom()));
        }
        categories(p.categories(), problems);
        return problems;
    }

    private static void categories(
            @Nullable List<SupervisionProfile.Category> categories, List<FieldProblem> problems) {
        if (categories == null || categories.isEmpty() || categories.size() > 20) {
            problems.add(new FieldProblem("categories", "invalid-categories", "a profile has 1 to 20 categories"));
            return;
        }
        Set<String> codes = new HashSet<>();
        Set<String> grades = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            String at = "categories[" + i + "]";
            SupervisionProfile.Category c = categories.get(i);
            if (c == null) {
                problems.add(new FieldProblem(at, "required", at + " is empty"));
                continue;
            }
            if (c.code() == null || !CATEGORY.matcher(c.code()).matches()) {
                problems.add(new FieldProblem(
                        at + ".code", "invalid-code", "a category code is 1 to 20 letters, digits, hyphens"));
            } else if (!codes.add(c.code())) {
                problems.add(new FieldProblem(at + ".code", "duplicate-category", "category " + c.code() + " twice"));
            }
            grades(at, c.grades(), grades, problems);
            text(at + ".nameZh", c.nameZh(), 200, problems);
            text(at + ".nameEn", c.nameEn(), 300, problems);
            text(at + ".facilitationZh", c.facilitationZh(), 1000, problems);
            text(at + ".facilitationEn", c.facilitationEn(), 2000, problems);
            ratio(at + ".ratio", c.ratio(), problems);
        }
    }

    private static void grades(String at, @Nullable List<String> list, Set<String> seen, List<FieldProblem> problems) {
        if (list == null || list.isEmpty()) {
            problems.add(new FieldProblem(at + ".grades", "required", "a category takes at least one grade"));
            return;
        }
        for (int j = 0; j < list.size(); j++) {
            String g = list.get(j);
            String field = at + ".grades[" + j + "]";
            if (g == null || !GRADE.matcher(g).matches()) {
                problems.add(new FieldProblem(field, "invalid-grade", "a grade is 1 to 8 letters, digits, + or -"));
            } else if (!seen.add(g)) {
                problems.add(
                        new FieldProblem(field, "grade-in-two-categories", "grade " + g + " is in two categories"));
            }
        }
    }

    private static void ratio(String at, SupervisionProfile.@Nullable Ratio ratio, List<FieldProblem> problems) {
        if (ratio == null || ratio.min() == null || ratio.max() == null) {
            problems.add(new FieldProblem(at, "required", at + " needs min and max (percent)"));
            return;
        }
        for (var bound : List.of(ratio.min(), ratio.max())) {
            if (bound.signum() < 0
                    || bound.compareTo(HUNDRED) > 0
                    || bound.stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem(
                        at, "invalid-ratio", "a ratio is a percentage from 0 to 100 with at most two decimals"));
                return;
            }
        }
        if (ratio.min().compareTo(ratio.max()) > 0) {
            problems.add(new FieldProblem(at, "ratio-range-inverted", "min is above max"));
        }
    }

    private static void code(String field, @Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(required(field));
        } else if (!CODE.matcher(value).matches()) {
            problems.add(
                    new FieldProblem(field, "invalid-code", field + " is 2 to 60 lowercase letters, digits, hyphens"));
        }
    }

    private static void text(String field, @Nullable String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(required(field));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " has at most " + max + " characters"));
        }
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "required", field + " is required");
    }
}
