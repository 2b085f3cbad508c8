package org.credence.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Filters over the audit trail; every one is optional, and they combine with AND. */
public record AuditQuery(
        @Nullable Long subjectId,
        @Nullable String actor,
        @Nullable String organisation,
        @Nullable Instant from,
        @Nullable Instant to) {}
