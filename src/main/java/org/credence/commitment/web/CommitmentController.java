package org.credence.commitment.web;

import java.time.LocalDate;
import java.util.Set;
import org.credence.access.Actor;
import org.credence.access.CurrentActor;
import org.credence.access.Role;
import org.credence.commitment.Commitment;
import org.credence.commitment.CommitmentOutcome;
import org.credence.commitment.Commitments;
import org.credence.commitment.Finding;
import org.credence.commitment.SignedCommitment;
import org.credence.commitment.Signing;
import org.credence.shared.ApiException;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.shared.web.PurposeBound;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Signing commitments, reading them, and the department's findings of fulfilment or breach. */
@RestController
class CommitmentController {

    private final Commitments commitments;
    private final SubjectRegistry subjects;
    private final CurrentActor current;

    CommitmentController(Commitments commitments, SubjectRegistry subjects, CurrentActor current) {
        this.commitments = commitments;
        this.subjects = subjects;
        this.current = current;
    }

    /** A finding as posted; which one it is comes from the path. */
    record FindingRequest(
            @Nullable LocalDate date,
            @Nullable String reason,
            @Nullable Boolean correction,
            @Nullable String severity,
            @Nullable String decisionNumber,
            @Nullable String legalBasis) {}

    /** 201 with the new commitment; 200 with the one on file when the same signature is posted again. */
    @PostMapping("/api/v1/commitments")
    ResponseEntity<Commitment> sign(@RequestBody Signing signing) {
        SignedCommitment signed = commitments.sign(signing, current.actor());
        return ResponseEntity.status(signed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(signed.commitment());
    }

    @GetMapping("/api/v1/commitments/{id}")
    @PurposeBound("commitment.read")
    Commitment commitment(@PathVariable long id) {
        Commitment commitment = commitments
                .find(id)
                .orElseThrow(() -> ApiException.notFound("commitment-not-found", "no commitment " + id));
        Actor actor = current.actor();
        if (actor.roles().equals(Set.of(Role.SUBJECT))
                && !Long.valueOf(commitment.subjectId()).equals(actor.subjectId())) {
            throw new ApiException(
                    HttpStatus.FORBIDDEN, "not-own-file", "Not permitted", "a subject may read only its own file");
        }
        return commitment;
    }

    @PostMapping("/api/v1/commitments/{id}/fulfilment")
    Commitment fulfilment(@PathVariable long id, @RequestBody FindingRequest request) {
        return commitments.record(id, finding(CommitmentOutcome.FULFILLED, request), current.actor());
    }

    @PostMapping("/api/v1/commitments/{id}/breach")
    Commitment breach(@PathVariable long id, @RequestBody FindingRequest request) {
        return commitments.record(id, finding(CommitmentOutcome.BREACHED, request), current.actor());
    }

    @GetMapping("/api/v1/subjects/{identifier}/commitments")
    @PurposeBound("commitment.read")
    Page<Commitment> ofSubject(
            @PathVariable String identifier,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return commitments.ofSubject(subject(identifier).subjectId(), new PageRequest(page, size));
    }

    private static Finding finding(CommitmentOutcome outcome, FindingRequest r) {
        boolean breach = outcome == CommitmentOutcome.BREACHED;
        return new Finding(
                outcome,
                r.date(),
                r.reason(),
                Boolean.TRUE.equals(r.correction()),
                breach ? r.severity() : null,
                breach ? r.decisionNumber() : null,
                breach ? r.legalBasis() : null);
    }

    private SubjectRef subject(String identifier) {
        return subjects.require(identifier, "identifier");
    }
}
