package org.credence.commitment.internal;

import java.util.Objects;
import org.credence.commitment.CommitmentOutcome;
import org.credence.commitment.Finding;
import org.springframework.http.HttpStatus;

/**
 * What a finding does to a commitment: the first finding is recorded; the same finding again changes nothing (a
 * retried request files nothing twice); any other finding once one is recorded is refused unless it is an explicit
 * correction, which is recorded with its reason and kept in the history.
 */
final class OutcomePolicy {

    /** The verdict on a finding. */
    sealed interface Decision {}

    /** Nothing to do: this finding is the one on file. */
    record Unchanged() implements Decision {}

    /** Record it; {@code kind} is {@code FINDING} or {@code CORRECTION}, as the history names it. */
    record Apply(String kind) implements Decision {}

    record Refused(HttpStatus status, String code, String field, String message) implements Decision {}

    private OutcomePolicy() {}

    static Decision decide(CommitmentRow.Outcome current, Finding finding) {
        if (finding.outcome() == CommitmentOutcome.OPEN) {
            return new Refused(
                    HttpStatus.BAD_REQUEST, "invalid-outcome", "outcome", "a finding is fulfilment or breach");
        }
        if (finding.reason() == null || finding.reason().isBlank()) {
            return new Refused(HttpStatus.BAD_REQUEST, "reason-required", "reason", "a finding states its reason");
        }
        if (current.outcome() == CommitmentOutcome.OPEN) {
            if (finding.correction()) {
                return new Refused(
                        HttpStatus.CONFLICT,
                        "nothing-to-correct",
                        "correction",
                        "no finding is recorded yet; record one without correction");
            }
            return new Apply("FINDING");
        }
        if (same(current, finding)) {
            return new Unchanged();
        }
        if (!finding.correction()) {
            return new Refused(
                    HttpStatus.CONFLICT,
                    "outcome-recorded",
                    "correction",
                    "the commitment is already found " + current.outcome()
                            + "; another finding is a correction: set correction and state the reason");
        }
        return new Apply("CORRECTION");
    }

    /** The same outcome with the same reason and details (a date or breach detail left out is not a difference). */
    private static boolean same(CommitmentRow.Outcome current, Finding f) {
        return current.outcome() == f.outcome()
                && Objects.equals(current.reason(), f.reason().strip())
                && (f.date() == null || f.date().equals(current.date()))
                && (f.outcome() != CommitmentOutcome.BREACHED
                        || (Objects.equals(current.severity(), f.severity())
                                && Objects.equals(current.decisionNumber(), f.decisionNumber())
                                && Objects.equals(current.legalBasis(), f.legalBasis())));
    }
}
