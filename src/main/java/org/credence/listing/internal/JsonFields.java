package org.credence.listing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.credence.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object and collects a problem for each that is missing, of the wrong type or out of
 * range, named by its path ({@code rules[1].withinMonths}); a value that fails reads as {@code null}.
 */
final class JsonFields {

    private final JsonNode node;
    private final String prefix;
    private final List<FieldProblem> problems;

    JsonFields(JsonNode node, String prefix, List<FieldProblem> problems) {
        this.node = node;
        this.prefix = prefix;
        this.problems = problems;
    }

    String path(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    void problem(String field, String code, String message) {
        problems.add(new FieldProblem(path(field), code, message));
    }

    /** Reports every field that is not one of {@code known}. */
    void onlyKnown(Collection<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problem(name, "unknown-field", "is not a field here");
            }
        }
    }

    private @Nullable JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    boolean present(String field) {
        return value(field) != null;
    }

    @Nullable
    String text(String field, boolean required, int maxLength) {
        JsonNode value = value(field);
        if (value == null || (value.isString() && value.stringValue().isBlank())) {
            if (required) {
                problem(field, "required", "is required");
            }
            return null;
        }
        if (!value.isString()) {
            problem(field, "not-text", "must be text");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.length() > maxLength) {
            problem(field, "too-long", "has more than " + maxLength + " characters");
            return null;
        }
        return text;
    }

    @Nullable
    String code(String field, boolean required, Pattern pattern, String shape) {
        String text = text(field, required, 200);
        if (text != null && !pattern.matcher(text).matches()) {
            problem(field, "invalid-code", "must be " + shape);
            return null;
        }
        return text;
    }

    @Nullable
    Integer integer(String field, boolean required, int min, int max) {
        JsonNode value = value(field);
        if (value == null) {
            if (required) {
                problem(field, "required", "is required");
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(field, "not-integer", "must be a whole number");
            return null;
        }
        int number = value.asInt();
        if (number < min || number > max) {
            problem(field, "out-of-range", "must be " + min + " to " + max);
            return null;
        }
        return number;
    }

    boolean bool(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            problem(field, "not-boolean", "must be true or false");
            return false;
        }
        return value.booleanValue();
    }

    @Nullable
    LocalDate date(String field, boolean required) {
        String text = text(field, required, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(field, "invalid-date", "must be a date (2026-05-01)");
            return null;
        }
    }

    <E extends Enum<E>> @Nullable E enumeration(String field, boolean required, Class<E> type) {
        String text = text(field, required, 40);
        return text == null ? null : parse(field, text, type);
    }

    private <E extends Enum<E>> @Nullable E parse(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(field, "unknown-value", "must be one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    /** The texts of an array (each checked against the pattern); empty when absent, with a problem if required. */
    List<String> texts(String field, boolean required, Pattern pattern, String shape) {
        JsonNode value = value(field);
        if (value == null) {
            if (required) {
                problem(field, "required", "is required");
            }
            return List.of();
        }
        if (!value.isArray()) {
            problem(field, "not-array", "must be an array");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String at = field + "[" + i + "]";
            if (!item.isString() || !pattern.matcher(item.stringValue()).matches()) {
                problem(at, "invalid-code", "must be " + shape);
            } else if (texts.contains(item.stringValue())) {
                problem(at, "duplicate", "is listed twice");
            } else {
                texts.add(item.stringValue());
            }
        }
        if (required && value.isEmpty()) {
            problem(field, "required", "must name at least one");
        }
        return texts;
    }

    <E extends Enum<E>> Set<E> enumerations(String field, Class<E> type) {
        List<String> texts = texts(field, false, Pattern.compile("[A-Za-z_]{1,40}"), "a code");
        List<E> values = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            E parsed = parse(field + "[" + i + "]", texts.get(i), type);
            if (parsed != null) {
                values.add(parsed);
            }
        }
        return Set.copyOf(values);
    }

    /** The objects of an array, each with its path; absent is empty. */
    List<JsonFields> objects(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(field, "not-array", "must be an array");
            return List.of();
        }
        List<JsonFields> objects = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isObject()) {
                objects.add(new JsonFields(value.get(i), path(field) + "[" + i + "]", problems));
            } else {
                problem(field + "[" + i + "]", "not-object", "must be an object");
            }
        }
        return objects;
    }
}
