package org.credence.subject;

import java.time.LocalDate;
import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;

/** Validation shared by the commands: plausible periods (an end not before the start, sane years), bounded texts. */
final class Checks {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private Checks() {}

    static void period(LocalDate from, @Nullable LocalDate to, String fromField, String toField) {
        if (from == null) {
            throw ApiException.invalid("date-required", fromField, fromField + " is required");
        }
        plausible(from, fromField);
        if (to != null) {
            plausible(to, toField);
            if (to.isBefore(from)) {
                throw ApiException.invalid(
                        "invalid-period", toField, toField + " " + to + " lies before " + fromField + " " + from);
            }
        }
    }

    private static void plausible(LocalDate date, String field) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ApiException.invalid(
                    "implausible-date", field, field + " " + date + " lies outside " + EARLIEST + " to " + LATEST);
        }
    }

    /** The stripped text, required and at most {@code max} characters long. */
    static String text(@Nullable String value, int max, String field) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw ApiException.invalid("invalid-field", field, field + " must have 1 to " + max + " characters");
        }
        return text;
    }
}
