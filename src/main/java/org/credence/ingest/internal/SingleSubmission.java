package org.credence.ingest.internal;

import java.util.List;
import org.credence.access.Actor;
import org.credence.access.AuditEntry;
import org.credence.access.AuditTrail;
import org.credence.access.CurrentActor;
import org.credence.ingest.RecordSubmission;
import org.credence.ingest.SubmissionResult;
import org.credence.record.FilingBatch;
import org.credence.record.FilingOutcome;
import org.credence.record.RecordStore;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One record through the same checks as a file's line, then filed in one transaction with its audit entry, which names
 * the subject (known only here: the request names it by identifier in its body) and stands for the request's generic
 * write entry.
 */
@Component
class SingleSubmission {

    private final SubjectRegistry subjects;
    private final RecordStore records;
    private final AuditTrail audit;
    private final CurrentActor current;

    SingleSubmission(SubjectRegistry subjects, RecordStore records, AuditTrail audit, CurrentActor current) {
        this.subjects = subjects;
        this.records = records;
        this.audit = audit;
        this.current = current;
    }

    @Transactional
    SubmissionResult submit(LineValidator validator, RecordSubmission submission) {
        LineCheck.Candidate candidate = switch (validator.check(1, submission)) {
            case LineCheck.Rejected rejected -> throw rejection(rejected.problems());
            case LineCheck.Candidate c -> c;
        };
        long subjectId = switch (subjects.lookup(candidate.identifier().value())) {
            case SubjectLookup.Found found -> found.subject().subjectId();
            case SubjectLookup.Unknown unknown ->
                throw rejection(List.of(new FieldProblem(
                        "identifier",
                        "subject-unknown",
                        "no subject with identifier " + unknown.maskedIdentifier() + " is on file")));
            case SubjectLookup.Invalid invalid ->
                throw rejection(
                        List.of(new FieldProblem("identifier", invalid.reason().code(), invalid.message())));
        };
        var filing = candidate.toFiling(
                subjectId, validator.provider().code(), validator.edition().code());
        FilingOutcome outcome = records.file(
                        new FilingBatch(null, validator.provider().code(), List.of(filing)))
                .getFirst();
        SubmissionResult result = result(outcome);
        Actor actor = current.actor();
        audit.record(new AuditEntry(
                actor.name(),
                actor.organisation(),
                "record.submit",
                subjectId,
                null,
                null,
                AuditEntry.Outcome.ALLOWED,
                "record " + result.recordId() + " " + result.outcome() + " (version " + result.version() + ")"));
        return result;
    }

    private SubmissionResult result(FilingOutcome outcome) {
        return switch (outcome) {
            case FilingOutcome.Filed f ->
                new SubmissionResult(SubmissionResult.Outcome.FILED, f.recordId(), 1, List.of());
            case FilingOutcome.Corrected c ->
                new SubmissionResult(SubmissionResult.Outcome.CORRECTED, c.recordId(), c.version(), c.changes());
            case FilingOutcome.Unchanged u ->
                new SubmissionResult(
                        SubmissionResult.Outcome.UNCHANGED,
                        u.recordId(),
                        records.find(u.recordId()).orElseThrow().version(),
                        List.of());
            case FilingOutcome.Refused r ->
                throw new ApiException(
                        HttpStatus.CONFLICT,
                        r.code(),
                        "Conflict",
                        r.message(),
                        List.of(new FieldProblem(r.field(), r.code(), r.message())));
        };
    }

    private static ApiException rejection(List<FieldProblem> problems) {
        String detail = problems.size() == 1
                ? problems.getFirst().message()
                : "the record breaks " + problems.size() + " rules; see fields";
        return new ApiException(
                HttpStatus.BAD_REQUEST, problems.getFirst().code(), "Record rejected", detail, problems);
    }
}
