package org.credence.listing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A credit officer's decision to put a subject on a list. Every component may be missing as posted; the listing
 * module names each one that is missing or invalid (problem fields {@code identifier}, {@code decisionNumber},
 * {@code facts}, {@code reasons}, {@code legalBasis}, {@code decisionDate}, {@code termMonths},
 * {@code barredMatterTypes}, {@code barredSectors}).
 *
 * @param identifier the subject's official identifier, only to look it up; never stored, logged or shown in clear
 * @param decisionDate the day of the decision, the entry's included-on ({@code null}: today)
 * @param termMonths the term in months if it differs from the list's default, within the list's extension limit;
 *     required where the list's term is set by each decision
 * @param barredMatterTypes for a market ban: the matter types barred ({@code null}: all the list names)
 * @param barredSectors for a market ban: the sectors named in the decision
 */
public record NewInclusion(
        @Nullable String identifier,
        @Nullable String decisionNumber,
        @Nullable LocalDate decisionDate,
        @Nullable String facts,
        @Nullable String reasons,
        @Nullable String legalBasis,
        @Nullable Integer termMonths,
        @Nullable List<String> barredMatterTypes,
        @Nullable List<String> barredSectors) {

    public NewInclusion {
        barredMatterTypes = barredMatterTypes == null ? null : List.copyOf(barredMatterTypes);
        barredSectors = barredSectors == null ? null : List.copyOf(barredSectors);
    }

    /** Leaves the identifier out, so that a logged command never shows it. */
    @Override
    public String toString() {
        return "NewInclusion[decisionNumber=" + decisionNumber + ", decisionDate=" + decisionDate + ", termMonths="
                + termMonths + "]";
    }
}
