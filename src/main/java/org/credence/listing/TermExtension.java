package org.credence.listing;

import org.jspecify.annotations.Nullable;

/**
 * A decision that extends an entry's term by {@code months}; the whole term may not exceed the list's default term
 * plus its extension limit. Number, reason and legal basis are required.
 */
public record TermExtension(
        @Nullable Integer months,
        @Nullable String decisionNumber,
        @Nullable String reason,
        @Nullable String legalBasis) {}
