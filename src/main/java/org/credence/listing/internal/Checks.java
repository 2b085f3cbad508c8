package org.credence.listing.internal;

import java.util.List;
import org.credence.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Field checks shared by the commands: required text within a length. */
final class Checks {

    private Checks() {}

    static void text(List<FieldProblem> problems, String field, @Nullable String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", field + " is required"));
        } else if (value.strip().length() > maxLength) {
            problems.add(new FieldProblem(field, "too-long", field + " has more than " + maxLength + " characters"));
        }
    }

    static void optionalText(List<FieldProblem> problems, String field, @Nullable String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            problems.add(new FieldProblem(field, "too-long", field + " has more than " + maxLength + " characters"));
        }
    }

    /** A value checked by {@link #text} before. */
    static String required(@Nullable String value) {
        if (value == null) {
            throw new IllegalStateException("checked before");
        }
        return value.strip();
    }
}
