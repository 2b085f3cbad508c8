package org.credence.listing;

import org.jspecify.annotations.Nullable;

/**
 * A decision that ends an entry (early removal, repair, revocation): its number and reasons are required, its legal
 * basis where the deciding authority states one.
 */
public record EntryDecision(
        @Nullable String decisionNumber,
        @Nullable String reason,
        @Nullable String legalBasis) {}
