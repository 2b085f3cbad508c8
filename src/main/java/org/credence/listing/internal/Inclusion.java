package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.List;
import org.credence.listing.EntryStatus;
import org.jspecify.annotations.Nullable;

/**
 * A new entry as decided, before it is stored: under which definition version, for whom, on what decision, with its
 * dates and, for a rule, the source that triggered it.
 *
 * @param dedupeKey what keeps the same source from making two entries (see the {@code list_entry} table)
 * @param actor who decided ({@code system} for a rule)
 */
record Inclusion(
        DefinitionDocument definition,
        Subject subject,
        Origin origin,
        EntryStatus status,
        String decisionNumber,
        String legalBasis,
        String facts,
        String reasons,
        @Nullable Long sourceRecordId,
        @Nullable Long sourceEntryId,
        LocalDate includedOn,
        LocalDate inForceFrom,
        @Nullable Integer termMonths,
        @Nullable LocalDate termEnd,
        List<String> barredMatterTypes,
        List<String> barredSectors,
        @Nullable String dedupeKey,
        String actor,
        @Nullable String organisation) {

    Inclusion {
        barredMatterTypes = List.copyOf(barredMatterTypes);
        barredSectors = List.copyOf(barredSectors);
    }
}
