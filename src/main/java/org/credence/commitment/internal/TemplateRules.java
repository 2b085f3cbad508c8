package org.credence.commitment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.credence.commitment.CommitmentTemplate;
import org.credence.commitment.NewCommitmentTemplate;
import org.credence.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a new template version must keep: a catalogued matter type, a code of the family's form, both texts present,
 * within their columns and free of control characters other than line feeds, a Chinese text that is Chinese, and an
 * effective date that is neither in the past nor before the latest version's (so that versions take effect in order).
 */
final class TemplateRules {

    static final int MAX_ZH = 8000;
    static final int MAX_EN = 16000;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

    private TemplateRules() {}

    /**
     * Every problem of the new version.
     *
     * @param latest the matter type's latest version, if any
     * @param today the date before which a new version may not take effect; {@code null} for seeds (historical)
     */
    static List<FieldProblem> check(
            NewCommitmentTemplate t,
            Set<String> matterTypes,
            @Nullable CommitmentTemplate latest,
            @Nullable LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (t.matterType() == null || t.matterType().isBlank()) {
            problems.add(required("matterType"));
        } else if (!matterTypes.contains(t.matterType())) {
            problems.add(new FieldProblem(
                    "matterType", "unknown-matter-type", "matter type " + t.matterType() + " is not in the catalogue"));
        }
        if (t.code() != null && !CODE.matcher(t.code()).matches()) {
            problems.add(new FieldProblem(
                    "code", "invalid-code", "a template code is 2 to 60 lowercase letters, digits and hyphens"));
        } else if (t.code() != null && latest != null && !latest.code().equals(t.code())) {
            problems.add(new FieldProblem(
                    "code", "template-code-changed", "the matter type's template code is " + latest.code()));
        }
        text("textZh", t.textZh(), MAX_ZH, problems);
        text("textEn", t.textEn(), MAX_EN, problems);
        if (t.textZh() != null && t.textZh().codePoints().noneMatch(TemplateRules::isHan)) {
            problems.add(new FieldProblem("textZh", "not-chinese", "the Chinese text has no Chinese characters"));
        }
        effectiveFrom(t.effectiveFrom(), latest, today, problems);
        return problems;
    }

    private static void text(String field, @Nullable String text, int max, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(required(field));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " has at most " + max + " characters"));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            problems.add(new FieldProblem(
                    field, "control-character", field + " may hold line feeds but no other control characters"));
        }
    }

    private static void effectiveFrom(
            @Nullable LocalDate from,
            @Nullable CommitmentTemplate latest,
            @Nullable LocalDate today,
            List<FieldProblem> problems) {
        if (from == null) {
            problems.add(required("effectiveFrom"));
        } else if (today != null && from.isBefore(today)) {
            problems.add(new FieldProblem(
                    "effectiveFrom", "effective-in-past", "a new version takes effect today or later, not " + from));
        } else if (latest != null && from.isBefore(latest.effectiveFrom())) {
            problems.add(new FieldProblem(
                    "effectiveFrom",
                    "effective-before-previous",
                    "version " + latest.version() + " takes effect on " + latest.effectiveFrom()
                            + "; a later version cannot take effect before it"));
        }
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "required", field + " is required");
    }
}
