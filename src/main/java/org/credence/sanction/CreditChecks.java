package org.credence.sanction;

import java.util.List;
import java.util.Optional;
import org.credence.access.Actor;

/**
 * The credit check's facade: answers built from the data in force now, stored with the asker, and the implementing
 * department's feedback on them. A check and its feedback are visible to the organisation that asked and to credit
 * officers; the feedback on a list entry's measures to the list's managing authority.
 */
public interface CreditChecks {

    /** The largest number of applicants in one batch call. */
    int MAX_BATCH = 1000;

    /**
     * Checks one applicant for a matter, returning once the answer is recorded; refuses with field problems when the
     * request is incomplete or invalid.
     */
    RecordedCheck check(Actor actor, CheckRequest request);

    /**
     * Checks many applicants (at most {@value #MAX_BATCH}, else 400 {@code too-many-applicants}), each decided and
     * refused on its own as {@link #check} would, and records their answers together; the outcomes in the order of the
     * requests.
     */
    List<BatchOutcome> checkAll(Actor actor, List<CheckRequest> requests);

    /** The stored answer, if the actor may see it. */
    Optional<CheckAnswer> answer(Actor actor, long checkId);

    /**
     * Records the asking organisation's feedback on measures of its check, each measure once; not applying a binding
     * punitive measure is an override and needs a reason. Returns the check's feedback so far.
     */
    List<CheckFeedback> feedback(Actor actor, long checkId, List<MeasureFeedback> feedback);

    /** The check's feedback, if the actor may see the check. */
    Optional<List<CheckFeedback>> feedbackOf(Actor actor, long checkId);

    /**
     * The feedback recorded on measures that the list entry set off, newest first: for the list's managing authority
     * (and credit officers of it) only; empty if the actor may not see it or the entry is unknown.
     */
    Optional<List<CheckFeedback>> feedbackOnEntry(Actor actor, long entryId);
}
