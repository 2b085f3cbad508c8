package org.credence.access;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a subject's access log: who ({@code actor} of {@code organisation}) looked at or changed the subject's
 * file, when, doing what ({@code action}), for which purpose and case.
 */
public record FileAccess(
        Instant occurredAt,
        String actor,
        @Nullable String organisation,
        String action,
        @Nullable String purpose,
        @Nullable String caseNumber) {}
