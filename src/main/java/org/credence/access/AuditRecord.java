package org.credence.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An entry as stored: the entry, when it happened, and its place in the chain once sealed. */
public record AuditRecord(
        long entryId,
        Instant occurredAt,
        AuditEntry entry,
        @Nullable Long chainPosition,
        @Nullable String hash) {}
