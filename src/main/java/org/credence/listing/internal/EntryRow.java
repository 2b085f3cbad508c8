package org.credence.listing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.credence.listing.EntryStatus;
import org.credence.listing.ListEntry;
import org.credence.listing.ListKind;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/**
 * An entry as stored. The stored status lags behind time until the daily sweep runs (a pending entry whose notice is
 * over, an active one whose term is over): {@link #statusOn} and {@link #inForceOn} read it by date instead, so that
 * answers are right before the sweep.
 *
 * @param inForceFrom the first day in force: the day of inclusion, or the end of the notice period
 * @param endedOn the first day no longer in force once ended
 */
record EntryRow(
        long entryId,
        long subjectId,
        SubjectKind subjectKind,
        String listCode,
        int listVersion,
        ListKind kind,
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
        @Nullable LocalDate endedOn,
        @Nullable String endReason,
        Set<RoleType> extendsTo,
        List<String> barredMatterTypes,
        List<String> barredSectors,
        OffsetDateTime updatedAt) {

    EntryRow {
        extendsTo = Set.copyOf(extendsTo);
        barredMatterTypes = List.copyOf(barredMatterTypes);
        barredSectors = List.copyOf(barredSectors);
    }

    /** The status on the date, as the sweep would have left it by then. */
    EntryStatus statusOn(LocalDate date) {
        if (status.isEnded()) {
            return status;
        }
        if (termEnd != null && termEnd.isBefore(date)) {
            return EntryStatus.EXPIRED;
        }
        return status == EntryStatus.PENDING_NOTICE && !inForceFrom.isAfter(date) ? EntryStatus.ACTIVE : status;
    }

    boolean inForceOn(LocalDate date) {
        return !includedOn.isAfter(date)
                && !inForceFrom.isAfter(date)
                && (termEnd == null || !termEnd.isBefore(date))
                && (endedOn == null || endedOn.isAfter(date));
    }

    /** The entry as it stands on the date (today for every read but {@link #inForce}). */
    ListEntry asOf(LocalDate date) {
        EntryStatus now = statusOn(date);
        boolean expiredUnswept = now == EntryStatus.EXPIRED && !status.isEnded();
        return entry(
                now,
                expiredUnswept ? Terms.expiredOn(lastDay()) : endedOn,
                expiredUnswept ? "term ended on " + termEnd : endReason);
    }

    /** The entry as it stood on a day it was in force. */
    ListEntry inForce() {
        return entry(EntryStatus.ACTIVE, null, null);
    }

    private LocalDate lastDay() {
        if (termEnd == null) {
            throw new IllegalStateException("entry " + entryId + " has no term");
        }
        return termEnd;
    }

    private ListEntry entry(EntryStatus shown, @Nullable LocalDate ended, @Nullable String reason) {
        return new ListEntry(
                entryId,
                listCode,
                listVersion,
                kind,
                subjectId,
                shown,
                decisionNumber,
                legalBasis,
                facts,
                reasons,
                sourceRecordId,
                includedOn,
                termEnd,
                ended,
                reason,
                extendsTo,
                barredMatterTypes,
                updatedAt,
                barredSectors);
    }
}
