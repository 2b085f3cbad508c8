package org.credence.commitment;

import org.jspecify.annotations.Nullable;

/**
 * Published when a finding is recorded or corrected, in its transaction.
 *
 * @param breachRecordId the breach record filed, while the commitment stands breached
 */
public record CommitmentOutcomeRecorded(
        long commitmentId,
        long subjectId,
        CommitmentOutcome outcome,
        boolean correction,
        @Nullable Long breachRecordId) {}
