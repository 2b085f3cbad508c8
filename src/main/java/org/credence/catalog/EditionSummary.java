package org.credence.catalog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An edition without its items, for listings. */
public record EditionSummary(
        String code,
        String title,
        LocalDate effectiveFrom,
        @Nullable String basedOn,
        int recordTypeCount) {}
