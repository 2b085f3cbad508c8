package org.credence.commitment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credence.access.Actor;
import org.credence.access.Role;
import org.credence.catalog.Severity;
import org.credence.commitment.Commitment;
import org.credence.commitment.CommitmentOutcome;
import org.credence.commitment.CommitmentOutcomeRecorded;
import org.credence.commitment.Finding;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the department's findings under the {@link OutcomePolicy}, in one transaction with the commitment locked:
 * the new outcome, its history entry, the breach record filed or revoked, the commitment's record brought in line.
 */
@Component
class Findings {

    private final CommitmentStore store;
    private final CommitmentRecords records;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Findings(
            CommitmentStore store,
            CommitmentRecords records,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.records = records;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    CommitmentRow record(long commitmentId, Finding raw, Actor actor) {
        Finding finding = normalised(raw);
        return transactions.execute(status -> {
            CommitmentRow c = store.lock(commitmentId).orElseThrow(() -> notFound(commitmentId));
            if (!actor.has(Role.APPROVER) || !c.department().equals(actor.organisation())) {
                throw new ApiException(
                        HttpStatus.FORBIDDEN,
                        "not-case-department",
                        "Not permitted",
                        "only an approver of " + c.department() + ", whose case it is, records its finding");
            }
            validate(finding, c);
            return switch (OutcomePolicy.decide(c.currentOutcome(), finding)) {
                case OutcomePolicy.Unchanged u -> c;
                case OutcomePolicy.Refused r ->
                    throw new ApiException(
                            r.status(),
                            r.code(),
                            r.status() == HttpStatus.CONFLICT ? "Conflict" : "Invalid request",
                            r.message(),
                            List.of(new FieldProblem(r.field(), r.code(), r.message())));
                case OutcomePolicy.Apply apply -> apply(c, finding, apply.kind(), actor);
            };
        });
    }

    private CommitmentRow apply(CommitmentRow c, Finding f, String kind, Actor actor) {
        LocalDate date = f.date() != null ? f.date() : today();
        String reason = f.reason().strip();
        CommitmentRow.Outcome before = c.currentOutcome();
        Long breachRecord = before.breachRecordId();
        String breachProvider = before.breachProvider();
        int filings = before.breachFilings();
        if (breachRecord != null && f.outcome() != CommitmentOutcome.BREACHED) {
            records.revoke(breachRecord, actor.name(), "finding of breach corrected: " + reason);
            breachRecord = null;
        }
        var after = new CommitmentRow.Outcome(
                f.outcome(),
                date,
                reason,
                f.severity(),
                f.decisionNumber(),
                f.legalBasis(),
                breachProvider,
                breachRecord,
                filings);
        if (f.outcome() == CommitmentOutcome.BREACHED) {
            after = breach(c, after, actor);
        }
        store.updateOutcome(c.commitmentId(), after);
        CommitmentRow updated = store.find(c.commitmentId()).orElseThrow();
        if (updated.recordProvider() != null) {
            records.fileCommitment(updated, updated.recordProvider(), actor.name());
        }
        history(
                c,
                new Commitment.Event(
                        kind,
                        f.outcome(),
                        date,
                        actor.name(),
                        actor.organisation(),
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                        reason,
                        after.breachRecordId()));
        return updated;
    }

    /** Appends the finding to the history and tells the other modules. */
    private void history(CommitmentRow c, Commitment.Event event) {
        store.appendEvent(c.commitmentId(), c.subjectId(), event);
        events.publishEvent(new CommitmentOutcomeRecorded(
                c.commitmentId(), c.subjectId(), event.outcome(), event.kind().equals("CORRECTION"), event.recordId()));
    }

    /** Files the breach record: a correction of the breach on file, or a new one (a revoked record is final). */
    private CommitmentRow.Outcome breach(CommitmentRow c, CommitmentRow.Outcome o, Actor actor) {
        boolean fresh = o.breachRecordId() == null;
        String provider =
                fresh ? records.providerFor(actor.organisation(), CommitmentRecords.BREACH_TYPE) : o.breachProvider();
        int filings = fresh ? o.breachFilings() + 1 : o.breachFilings();
        var numbered = new CommitmentRow.Outcome(
                o.outcome(),
                o.date(),
                o.reason(),
                o.severity(),
                o.decisionNumber(),
                o.legalBasis(),
                provider,
                null,
                filings);
        long recordId = records.fileBreach(c, numbered, provider, actor.name());
        return new CommitmentRow.Outcome(
                o.outcome(),
                o.date(),
                o.reason(),
                o.severity(),
                o.decisionNumber(),
                o.legalBasis(),
                provider,
                recordId,
                filings);
    }

    private void validate(Finding f, CommitmentRow c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.date() != null && f.date().isAfter(today())) {
            problems.add(new FieldProblem("date", "date-in-future", "a finding cannot be dated in the future"));
        } else if (f.date() != null && f.date().isBefore(c.signedAt().toLocalDate())) {
            problems.add(new FieldProblem("date", "date-before-signature", "a finding cannot precede the signature"));
        }
        if (f.reason() != null && f.reason().length() > 2000) {
            problems.add(new FieldProblem("reason", "too-long", "reason has at most 2000 characters"));
        }
        if (f.outcome() == CommitmentOutcome.BREACHED) {
            breachDetails(f, problems);
        }
        if (!problems.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "finding-invalid",
                    "Invalid request",
                    problems.size() == 1 ? problems.getFirst().message() : problems.size() + " problems; see fields",
                    problems);
        }
    }

    private void breachDetails(Finding f, List<FieldProblem> problems) {
        if (f.severity() == null) {
            problems.add(required("severity"));
        } else if (!validSeverity(f.severity())) {
            problems.add(new FieldProblem(
                    "severity",
                    "invalid-severity",
                    "severity is one the catalogue allows for breaches: " + "MINOR, GENERAL or SERIOUS"));
        }
        text("decisionNumber", f.decisionNumber(), 100, problems);
        text("legalBasis", f.legalBasis(), 500, problems);
    }

    private boolean validSeverity(String severity) {
        try {
            return records.breachAllows(Severity.valueOf(severity));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void text(String field, @Nullable String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(required(field));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "too-long", field + " has at most " + max + " characters"));
        }
    }

    private static Finding normalised(Finding f) {
        return new Finding(
                f.outcome(),
                f.date(),
                f.reason() == null ? null : f.reason().strip(),
                f.correction(),
                f.severity() == null ? null : f.severity().strip().toUpperCase(Locale.ROOT),
                f.decisionNumber() == null ? null : f.decisionNumber().strip(),
                f.legalBasis() == null ? null : f.legalBasis().strip());
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("commitment-not-found", "no commitment " + id);
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "required", field + " is required");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
