package org.credence.listing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.credence.subject.RoleType;
import org.jspecify.annotations.Nullable;

/**
 * A subject's entry on a list, with the decision behind it, its term and, once ended, how it ended. The list's
 * kind, extension roles and barred matter types are copied from the definition version the entry was made under.
 *
 * @param sourceRecordId the credit record whose rule put the subject on the list ({@code null}: a manual decision)
 * @param termEnd the last day of the term ({@code null}: until removed)
 * @param endedOn the first day the entry is no longer in force: the day of a removal, repair or revocation, the day
 *     after the last day of an expired term ({@code null} while pending or active)
 * @param barredSectors for a market ban: the sectors named in the decision, as readable codes
 */
public record ListEntry(
        long entryId,
        String listCode,
        int listVersion,
        ListKind kind,
        long subjectId,
        EntryStatus status,
        String decisionNumber,
        String legalBasis,
        String facts,
        String reasons,
        @Nullable Long sourceRecordId,
        LocalDate includedOn,
        @Nullable LocalDate termEnd,
        @Nullable LocalDate endedOn,
        @Nullable String endReason,
        Set<RoleType> extendsTo,
        List<String> barredMatterTypes,
        OffsetDateTime updatedAt,
        List<String> barredSectors) {

    public ListEntry {
        extendsTo = Set.copyOf(extendsTo);
        barredMatterTypes = List.copyOf(barredMatterTypes);
        barredSectors = List.copyOf(barredSectors);
    }

    /** In force on the date: active, included on or before it, and its term not over. */
    public boolean inForceOn(LocalDate date) {
        return status == EntryStatus.ACTIVE
                && !includedOn.isAfter(date)
                && (termEnd == null || !termEnd.isBefore(date));
    }
}
