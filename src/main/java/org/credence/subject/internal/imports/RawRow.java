package org.credence.subject.internal.imports;

import org.jspecify.annotations.Nullable;

/** One line split into its fields, not yet validated; absent and empty optional fields are {@code null}. */
record RawRow(
        long line,
        @Nullable String identifier,
        @Nullable String name,
        @Nullable String regionCode,
        @Nullable String registrationStatus) {}
