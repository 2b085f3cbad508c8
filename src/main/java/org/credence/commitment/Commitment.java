package org.credence.commitment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A signed commitment with its finding and history. The subject appears by internal id and masked identifier only.
 *
 * @param department the approving department (organisation code) whose case it is; only its approvers record findings
 * @param textHash the SHA-256 of the exact text signed
 * @param signedAs {@code SUBJECT} when the applicant signed itself, {@code APPROVER} when the department recorded it
 * @param recordId the {@code credit-commitment} record filed for it
 * @param breachRecordId the {@code commitment-breach} record, while the commitment stands breached
 * @param history oldest first
 */
public record Commitment(
        long commitmentId,
        long subjectId,
        String maskedIdentifier,
        String matterType,
        String caseNumber,
        String department,
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
        @Nullable Breach breach,
        @Nullable Long recordId,
        @Nullable Long breachRecordId,
        List<Event> history) {

    public Commitment {
        history = List.copyOf(history);
    }

    /** The decision behind a breach. */
    public record Breach(String severity, String decisionNumber, String legalBasis) {}

    /**
     * One step of the history: the signature ({@code SIGNED}), a finding ({@code FINDING}) or a correction of one
     * ({@code CORRECTION}), with the outcome it left and the record it filed, if any.
     */
    public record Event(
            String kind,
            CommitmentOutcome outcome,
            @Nullable LocalDate outcomeDate,
            String actor,
            @Nullable String organisation,
            OffsetDateTime at,
            @Nullable String reason,
            @Nullable Long recordId) {}
}
