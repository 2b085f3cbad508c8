package org.credence.listing;

import org.jspecify.annotations.Nullable;

/** Published in the transaction that creates an entry ({@code from} empty) or changes its status. */
public record ListEntryChanged(
        long entryId,
        long subjectId,
        String listCode,
        ListKind kind,
        @Nullable EntryStatus from,
        EntryStatus to) {}
