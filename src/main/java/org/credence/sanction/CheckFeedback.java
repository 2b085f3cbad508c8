package org.credence.sanction;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The implementing department's feedback on one measure of a check.
 *
 * @param override a binding restriction that was not applied: allowed only with a stated reason, and flagged
 */
public record CheckFeedback(
        long checkId,
        String measureCode,
        boolean applied,
        @Nullable String reason,
        boolean override,
        String actor,
        @Nullable String organisation,
        OffsetDateTime recordedAt) {}
