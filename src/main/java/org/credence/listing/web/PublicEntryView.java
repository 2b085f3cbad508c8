package org.credence.listing.web;

import java.time.LocalDate;
import org.credence.listing.ListEntry;
import org.credence.subject.SubjectRef;
import org.jspecify.annotations.Nullable;

/** A published entry: who (masked identifier and name only) and for how long. */
record PublicEntryView(
        String listCode,
        String maskedIdentifier,
        String name,
        LocalDate includedOn,
        @Nullable LocalDate termEnd) {

    static PublicEntryView of(ListEntry e, @Nullable SubjectRef subject) {
        return new PublicEntryView(
                e.listCode(),
                subject == null ? "" : subject.maskedIdentifier(),
                subject == null ? "" : subject.name(),
                e.includedOn(),
                e.termEnd());
    }
}
