package org.credence.listing.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.credence.listing.EntryEvent;
import org.credence.listing.EntryStatus;
import org.credence.listing.ListEntry;
import org.credence.listing.ListKind;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectRef;
import org.jspecify.annotations.Nullable;

/** An entry as officers and the subject see it: the subject masked, the decision, the term, the exit, the history. */
record EntryView(
        long entryId,
        String listCode,
        int listVersion,
        ListKind kind,
        long subjectId,
        String maskedIdentifier,
        String name,
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
        List<String> barredSectors,
        OffsetDateTime updatedAt,
        @Nullable List<EntryEvent> history) {

    static EntryView of(ListEntry e, @Nullable SubjectRef subject, @Nullable List<EntryEvent> history) {
        return new EntryView(
                e.entryId(),
                e.listCode(),
                e.listVersion(),
                e.kind(),
                e.subjectId(),
                subject == null ? "" : subject.maskedIdentifier(),
                subject == null ? "" : subject.name(),
                e.status(),
                e.decisionNumber(),
                e.legalBasis(),
                e.facts(),
                e.reasons(),
                e.sourceRecordId(),
                e.includedOn(),
                e.termEnd(),
                e.endedOn(),
                e.endReason(),
                e.extendsTo(),
                e.barredMatterTypes(),
                e.barredSectors(),
                e.updatedAt(),
                history);
    }
}
