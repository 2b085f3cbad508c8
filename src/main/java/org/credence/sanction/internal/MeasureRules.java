package org.credence.sanction.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.credence.sanction.Measure;
import org.credence.sanction.MeasureClass;
import org.credence.sanction.MeasureEdition;
import org.credence.sanction.MeasureOutcome;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The rules every measures edition obeys, checked before it is stored: a measure is applied only as the catalogue
 * states it, so the catalogue itself must be complete and lawful. Every measure states a legal basis; class-3
 * (autonomous) measures are information only; incentives facilitate and punitive measures never do; every trigger
 * and matter type names something that exists.
 */
final class MeasureRules {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Pattern EDITION_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,19}");

    private final Predicate<String> matterTypeExists;
    private final Predicate<String> listExists;

    /**
     * @param listExists whether a list code is defined; seed editions are checked against the seeded lists by a test,
     *     since the lists may load after them
     */
    MeasureRules(Predicate<String> matterTypeExists, Predicate<String> listExists) {
        this.matterTypeExists = matterTypeExists;
        this.listExists = listExists;
    }

    /** The edition, or an {@code ApiException} (422 {@code invalid-measure-edition}) listing every problem. */
    MeasureEdition check(MeasureDocument document) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = required(document.code(), "code", problems);
        if (code != null && !EDITION_CODE.matcher(code).matches()) {
            problems.add(
                    new FieldProblem("code", "invalid-code", "an edition code has 1 to 20 letters, digits, . or -"));
        }
        String title = required(document.title(), "title", problems);
        LocalDate effectiveFrom = date(document.effectiveFrom(), "effectiveFrom", true, problems);
        List<Measure> measures = new ArrayList<>();
        if (document.measures() == null || document.measures().isEmpty()) {
            problems.add(new FieldProblem("measures", "required", "an edition lists at least one measure"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < document.measures().size(); i++) {
                MeasureDocument.MeasureItem item = document.measures().get(i);
                String at = "measures[" + i + "]";
                if (item == null) {
                    problems.add(new FieldProblem(at, "required", "a measure may not be null"));
                    continue;
                }
                Measure measure = measure(item, at, problems);
                if (measure != null && !seen.add(measure.code())) {
                    problems.add(new FieldProblem(
                            at + ".code", "duplicate-measure", "measure " + measure.code() + " is listed twice"));
                }
                if (measure != null) {
                    measures.add(measure);
                }
            }
        }
        if (!problems.isEmpty() || code == null || title == null || effectiveFrom == null) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "invalid-measure-edition",
                    "Invalid measures edition",
                    problems.size() + " problem(s) in the measures edition",
                    problems);
        }
        return new MeasureEdition(code, title, effectiveFrom, measures);
    }

    private @Nullable Measure measure(MeasureDocument.MeasureItem item, String at, List<FieldProblem> problems) {
        int before = problems.size();
        String code = required(item.code(), at + ".code", problems);
        if (code != null && !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem(
                    at + ".code", "invalid-code", "a measure code is lowercase letters, digits and -, up to 60"));
        }
        String zh = required(item.contentZh(), at + ".contentZh", problems);
        String en = required(item.contentEn(), at + ".contentEn", problems);
        String basis = required(item.legalBasis(), at + ".legalBasis", problems);
        MeasureClass measureClass = enumValue(MeasureClass.class, item.measureClass(), at + ".measureClass", problems);
        MeasureOutcome outcome = enumValue(MeasureOutcome.class, item.outcome(), at + ".outcome", problems);
        boolean incentive = Boolean.TRUE.equals(item.incentive());
        if (measureClass == MeasureClass.AUTONOMOUS && outcome != null && outcome != MeasureOutcome.INFORMATION) {
            problems.add(new FieldProblem(
                    at + ".outcome",
                    "autonomous-not-binding",
                    "a class-3 (autonomous) measure may not be forced: its outcome is INFORMATION"));
        }
        if (outcome != null && incentive != (outcome == MeasureOutcome.FACILITATION)) {
            if (!(incentive && outcome == MeasureOutcome.INFORMATION)) {
                problems.add(new FieldProblem(
                        at + ".outcome",
                        "outcome-mismatch",
                        incentive
                                ? "an incentive facilitates (FACILITATION) or informs (INFORMATION)"
                                : "only incentives have the outcome FACILITATION"));
            }
        }
        Measure.Trigger trigger = trigger(item.trigger(), at + ".trigger", problems);
        boolean fromEntry = Boolean.TRUE.equals(item.matterTypesFromEntry());
        List<String> matters = item.matterTypes() == null ? List.of() : List.copyOf(item.matterTypes());
        if (matters.isEmpty() && !fromEntry) {
            problems.add(new FieldProblem(
                    at + ".matterTypes",
                    "required",
                    "name the matter types (\"*\" for all), or take them from the entry (matterTypesFromEntry)"));
        }
        for (int j = 0; j < matters.size(); j++) {
            String matter = matters.get(j);
            if (!Measure.ALL_MATTERS.equals(matter) && !matterTypeExists.test(matter)) {
                problems.add(new FieldProblem(
                        at + ".matterTypes[" + j + "]", "matter-type-unknown", "no matter type " + matter));
            }
        }
        if (fromEntry && trigger != null && trigger.lists().isEmpty()) {
            problems.add(new FieldProblem(
                    at + ".matterTypesFromEntry",
                    "needs-list-trigger",
                    "matter types can come from an entry only when a list triggers the measure"));
        }
        List<String> departments =
                item.implementingDepartments() == null ? List.of() : List.copyOf(item.implementingDepartments());
        if (departments.isEmpty()) {
            problems.add(new FieldProblem(
                    at + ".implementingDepartments", "required", "name at least one implementing department"));
        }
        LocalDate from = date(item.effectiveFrom(), at + ".effectiveFrom", true, problems);
        LocalDate to = date(item.effectiveTo(), at + ".effectiveTo", false, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(
                    new FieldProblem(at + ".effectiveTo", "end-before-start", "effectiveTo is before effectiveFrom"));
        }
        if (problems.size() > before
                || code == null
                || zh == null
                || en == null
                || basis == null
                || measureClass == null
                || outcome == null
                || trigger == null
                || from == null) {
            return null;
        }
        return new Measure(
                code,
                zh,
                en,
                measureClass,
                incentive,
                outcome,
                trigger,
                matters,
                fromEntry,
                Boolean.TRUE.equals(item.extendsToLinked()),
                departments,
                basis,
                from,
                to);
    }

    private Measure.@Nullable Trigger trigger(
            MeasureDocument.@Nullable TriggerItem item, String at, List<FieldProblem> problems) {
        if (item == null) {
            problems.add(new FieldProblem(at, "required", "a measure needs a trigger (lists, grades or always)"));
            return null;
        }
        int before = problems.size();
        List<String> lists = item.lists() == null ? List.of() : List.copyOf(item.lists());
        for (int j = 0; j < lists.size(); j++) {
            if (!listExists.test(lists.get(j))) {
                problems.add(new FieldProblem(at + ".lists[" + j + "]", "list-unknown", "no list " + lists.get(j)));
            }
        }
        List<Measure.GradeTrigger> grades = new ArrayList<>();
        List<MeasureDocument.@Nullable GradeItem> gradeItems = item.grades() == null ? List.of() : item.grades();
        for (int j = 0; j < gradeItems.size(); j++) {
            MeasureDocument.GradeItem grade = gradeItems.get(j);
            String gradeAt = at + ".grades[" + j + "]";
            String scheme = grade == null ? null : required(grade.scheme(), gradeAt + ".scheme", problems);
            if (grade == null || grade.grades() == null || grade.grades().isEmpty()) {
                problems.add(new FieldProblem(gradeAt + ".grades", "required", "name the grades that trigger"));
            } else if (scheme != null) {
                grades.add(new Measure.GradeTrigger(scheme, grade.grades()));
            }
        }
        boolean always = Boolean.TRUE.equals(item.always());
        if (lists.isEmpty() && gradeItems.isEmpty() && !always) {
            problems.add(new FieldProblem(at, "required", "a trigger names lists, grades, or is always on"));
        }
        if (always && (!lists.isEmpty() || !gradeItems.isEmpty())) {
            problems.add(new FieldProblem(
                    at + ".always", "ambiguous-trigger", "an always-on trigger names no lists or grades"));
        }
        return problems.size() > before ? null : new Measure.Trigger(lists, grades, always);
    }

    private static @Nullable String required(@Nullable String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", field + " is required"));
            return null;
        }
        return value.strip();
    }

    private static @Nullable LocalDate date(
            @Nullable String value, String field, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "required", field + " is required (yyyy-MM-dd)"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "invalid-date", field + " is not a date yyyy-MM-dd: " + value));
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E enumValue(
            Class<E> type, @Nullable String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", field + " is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(
                    field,
                    "invalid-value",
                    field + " is one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", was " + value));
            return null;
        }
    }
}
