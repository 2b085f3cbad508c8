package org.credence.commitment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.credence.commitment.CommitmentOutcome;
import org.jspecify.annotations.Nullable;

/** A commitment as stored, with its template's code and version. */
record CommitmentRow(
        long commitmentId,
        long subjectId,
        String matterType,
        String caseNumber,
        String department,
        long templateId,
        String templateCode,
        int templateVersion,
        String textHash,
        String signedBy,
        String signedAs,
        OffsetDateTime signedAt,
        @Nullable LocalDate dueDate,
        CommitmentOutcome outcome,
        @Nullable LocalDate outcomeDate,
        @Nullable String outcomeReason,
        @Nullable String breachSeverity,
        @Nullable String breachDecisionNumber,
        @Nullable String breachLegalBasis,
        @Nullable String recordProvider,
        @Nullable Long recordId,
        @Nullable String breachProvider,
        @Nullable Long breachRecordId,
        int breachFilings) {

    /** The finding part of a commitment, as a finding replaces it. */
    record Outcome(
            CommitmentOutcome outcome,
            @Nullable LocalDate date,
            @Nullable String reason,
            @Nullable String severity,
            @Nullable String decisionNumber,
            @Nullable String legalBasis,
            @Nullable String breachProvider,
            @Nullable Long breachRecordId,
            int breachFilings) {}

    Outcome currentOutcome() {
        return new Outcome(
                outcome,
                outcomeDate,
                outcomeReason,
                breachSeverity,
                breachDecisionNumber,
                breachLegalBasis,
                breachProvider,
                breachRecordId,
                breachFilings);
    }
}
