package org.credence.subject.internal.imports;

import org.jspecify.annotations.Nullable;

/** One line split into its fields, not yet validated; fields are stripped, and empty ones are {@code null}. */
record RawRow(
        long line,
        @Nullable String identifier,
        @Nullable String name,
        @Nullable String regionCode,
        @Nullable String registrationStatus) {

    RawRow {
        identifier = blankToNull(identifier);
        name = blankToNull(name);
        regionCode = blankToNull(regionCode);
        registrationStatus = blankToNull(registrationStatus);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
