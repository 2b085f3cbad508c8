package org.credence.listing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.credence.catalog.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The {@code rules} of a definition document: {@code record}, {@code repeat}, {@code escalation} and {@code grade}
 * rules.
 */
final class RuleParser {

    private static final Pattern GRADE = Pattern.compile("[A-Za-z0-9+-]{1,10}");

    private RuleParser() {}

    static List<InclusionRule> rules(
            JsonFields document, @Nullable String ownCode, DefinitionParser.@Nullable References refs) {
        List<InclusionRule> rules = new ArrayList<>();
        for (JsonFields f : document.objects("rules")) {
            String type = f.text("type", true, 20);
            InclusionRule rule = switch (type == null ? "" : type) {
                case "" -> null;
                case "record" -> record(f, refs);
                case "repeat" -> repeat(f, ownCode, refs);
                case "escalation" -> escalation(f, ownCode, refs);
                case "grade" -> grade(f);
                default -> {
                    f.problem("type", "unknown-rule-type", "must be record, repeat, escalation or grade");
                    yield null;
                }
            };
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private static InclusionRule.@Nullable RecordRule record(JsonFields f, DefinitionParser.@Nullable References refs) {
        f.onlyKnown(List.of("type", "recordTypes", "severities"));
        List<String> types = f.texts("recordTypes", true, DefinitionParser.CODE, DefinitionParser.KEBAB);
        for (int i = 0; refs != null && i < types.size(); i++) {
            if (!refs.recordTypes().contains(types.get(i))) {
                f.problem(
                        "recordTypes[" + i + "]",
                        "unknown-record-type",
                        "no record type " + types.get(i) + " in the catalogue");
            }
        }
        Set<Severity> severities = f.enumerations("severities", Severity.class);
        return types.isEmpty() ? null : new InclusionRule.RecordRule(types, severities);
    }

    private static InclusionRule.@Nullable RepeatRule repeat(
            JsonFields f, @Nullable String ownCode, DefinitionParser.@Nullable References refs) {
        f.onlyKnown(List.of("type", "list", "count", "withinMonths"));
        String list = f.code("list", true, DefinitionParser.CODE, DefinitionParser.KEBAB);
        if (list != null && list.equals(ownCode)) {
            f.problem("list", "repeat-of-itself", "a list cannot count its own entries");
        } else if (list != null && refs != null && !refs.lists().contains(list)) {
            f.problem("list", "unknown-list", "no list " + list + " on file");
        }
        Integer count = f.integer("count", true, 2, 20);
        Integer within = f.integer("withinMonths", true, 1, 120);
        return list == null || count == null || within == null
                ? null
                : new InclusionRule.RepeatRule(list, count, within);
    }

    private static InclusionRule.@Nullable EscalationRule escalation(
            JsonFields f, @Nullable String ownCode, DefinitionParser.@Nullable References refs) {
        f.onlyKnown(List.of("type", "list", "afterMonths"));
        String list = f.code("list", true, DefinitionParser.CODE, DefinitionParser.KEBAB);
        if (list != null && list.equals(ownCode)) {
            f.problem("list", "escalation-of-itself", "a list cannot escalate to itself");
        } else if (list != null && refs != null && !refs.lists().contains(list)) {
            f.problem("list", "unknown-list", "no list " + list + " on file");
        }
        Integer after = f.integer("afterMonths", true, 1, 240);
        return list == null || after == null ? null : new InclusionRule.EscalationRule(list, after);
    }

    private static InclusionRule.@Nullable GradeRule grade(JsonFields f) {
        f.onlyKnown(List.of("type", "scheme", "grades"));
        String scheme = f.code("scheme", true, DefinitionParser.CODE, DefinitionParser.KEBAB);
        List<String> grades = f.texts("grades", true, GRADE, "a grade code (A, TSC5)");
        return scheme == null || grades.isEmpty() ? null : new InclusionRule.GradeRule(scheme, Set.copyOf(grades));
    }
}
