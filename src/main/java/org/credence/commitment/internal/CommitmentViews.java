package org.credence.commitment.internal;

import org.credence.commitment.Commitment;
import org.credence.commitment.CommitmentOutcome;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.springframework.stereotype.Component;

/** A stored commitment as the facade shows it: the subject by masked identifier, with its history. */
@Component
class CommitmentViews {

    private final CommitmentStore store;
    private final SubjectRegistry subjects;

    CommitmentViews(CommitmentStore store, SubjectRegistry subjects) {
        this.store = store;
        this.subjects = subjects;
    }

    Commitment view(CommitmentRow c) {
        String masked = subjects.findById(c.subjectId())
                .map(SubjectRef::maskedIdentifier)
                .orElse("");
        Commitment.Breach breach = c.outcome() == CommitmentOutcome.BREACHED
                        && c.breachSeverity() != null
                        && c.breachDecisionNumber() != null
                        && c.breachLegalBasis() != null
                ? new Commitment.Breach(c.breachSeverity(), c.breachDecisionNumber(), c.breachLegalBasis())
                : null;
        return new Commitment(
                c.commitmentId(),
                c.subjectId(),
                masked,
                c.matterType(),
                c.caseNumber(),
                c.department(),
                c.templateCode(),
                c.templateVersion(),
                c.textHash(),
                c.signedBy(),
                c.signedAs(),
                c.signedAt(),
                c.dueDate(),
                c.outcome(),
                c.outcomeDate(),
                c.outcomeReason(),
                breach,
                c.recordId(),
                c.breachRecordId(),
                store.history(c.commitmentId()));
    }
}
