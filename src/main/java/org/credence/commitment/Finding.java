package org.credence.commitment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The approving department's finding on a commitment. A breach needs its severity ({@code MINOR}, {@code GENERAL},
 * {@code SERIOUS}), the decision's number and legal basis, since it files a negative record.
 *
 * @param outcome {@code FULFILLED} or {@code BREACHED}
 * @param date the day of the finding; today when absent, never in the future
 * @param correction whether this replaces a different finding already recorded
 */
public record Finding(
        CommitmentOutcome outcome,
        @Nullable LocalDate date,
        @Nullable String reason,
        boolean correction,
        @Nullable String severity,
        @Nullable String decisionNumber,
        @Nullable String legalBasis) {}
