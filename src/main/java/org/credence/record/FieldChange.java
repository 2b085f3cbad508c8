package org.credence.record;

import org.jspecify.annotations.Nullable;

/** One field a correction changed, with its value before and after (as text). */
public record FieldChange(
        String field, @Nullable String from, @Nullable String to) {}
