package org.credence.sanction;

import org.jspecify.annotations.Nullable;

/** Feedback on one measure as sent: applied or not, and why. */
public record MeasureFeedback(
        @Nullable String measureCode,
        @Nullable Boolean applied,
        @Nullable String reason) {}
