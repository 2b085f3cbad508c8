package org.credence.commitment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.credence.access.Actor;
import org.credence.commitment.Commitment;
import org.credence.commitment.CommitmentOutcome;
import org.credence.commitment.CommitmentSigned;
import org.credence.commitment.CommitmentTemplate;
import org.credence.commitment.Signing;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.credence.subject.SubjectRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records signatures: the request complete, the signer entitled, the text signed exactly the template version's; the
 * commitment, its first history entry and its {@code credit-commitment} record in one transaction.
 */
@Component
class Signatures {

    private final TemplateLibrary templates;
    private final CommitmentStore store;
    private final CommitmentRecords records;
    private final SubjectRegistry subjects;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Signatures(
            TemplateLibrary templates,
            CommitmentStore store,
            CommitmentRecords records,
            SubjectRegistry subjects,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.templates = templates;
        this.store = store;
        this.records = records;
        this.subjects = subjects;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The commitment signed, and whether this call created it. */
    record Signed(CommitmentRow commitment, boolean created) {}

    Signed sign(Signing s, Actor actor) {
        complete(s);
        long subjectId = subject(s.identifier());
        var allowed = switch (SigningPolicy.decide(actor, subjectId, s.department())) {
            case SigningPolicy.Allowed a -> a;
            case SigningPolicy.Refused r ->
                throw new ApiException(
                        r.status(),
                        r.code(),
                        r.status() == HttpStatus.FORBIDDEN ? "Not permitted" : "Invalid request",
                        r.message(),
                        List.of(new FieldProblem(r.field(), r.code(), r.message())));
        };
        StoredTemplate template = template(s);
        String caseNumber = s.caseNumber().strip();
        var existing = store.findCase(subjectId, s.matterType(), caseNumber, allowed.department());
        if (existing.isPresent()) {
            return again(existing.get(), template);
        }
        try {
            CommitmentRow created =
                    transactions.execute(status -> insert(s, subjectId, caseNumber, allowed, template, actor));
            return new Signed(created, true);
        } catch (DuplicateKeyException e) {
            var raced = store.findCase(subjectId, s.matterType(), caseNumber, allowed.department())
                    .orElseThrow(() -> e);
            return again(raced, template);
        }
    }

    private CommitmentRow insert(
            Signing s,
            long subjectId,
            String caseNumber,
            SigningPolicy.Allowed allowed,
            StoredTemplate template,
            Actor actor) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        long id = store.insert(
                subjectId,
                s.matterType(),
                caseNumber,
                allowed.department(),
                template,
                actor.name(),
                allowed.signedAs(),
                now,
                s.dueDate());
        CommitmentRow row = store.find(id).orElseThrow();
        String provider = records.providerFor(allowed.department(), CommitmentRecords.COMMITMENT_TYPE);
        long recordId = records.fileCommitment(row, provider, actor.name());
        store.recordFiled(id, provider, recordId);
        store.appendEvent(
                id,
                subjectId,
                new Commitment.Event(
                        "SIGNED",
                        CommitmentOutcome.OPEN,
                        null,
                        actor.name(),
                        actor.organisation(),
                        now,
                        "signed " + template.template().code() + " version "
                                + template.template().version(),
                        recordId));
        events.publishEvent(
                new CommitmentSigned(id, subjectId, s.matterType(), caseNumber, allowed.department(), recordId));
        return store.find(id).orElseThrow();
    }

    /** The same signature again is the commitment on file; another text for the same case is a conflict. */
    private static Signed again(CommitmentRow existing, StoredTemplate template) {
        if (existing.templateId() == template.templateId()) {
            return new Signed(existing, false);
        }
        throw ApiException.conflict(
                "commitment-exists",
                "commitment " + existing.commitmentId() + " for this case was signed on version "
                        + existing.templateVersion() + " of the text");
    }

    private StoredTemplate template(Signing s) {
        StoredTemplate current = templates
                .inForce(s.matterType())
                .orElseThrow(() -> ApiException.notFound(
                        "no-commitment-template", "matter type " + s.matterType() + " takes no commitment"));
        CommitmentTemplate t = current.template();
        if (s.templateVersion() != null && s.templateVersion() != t.version()) {
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "template-not-current",
                    "Conflict",
                    "version " + s.templateVersion() + " is not the text in force; sign version " + t.version(),
                    List.of(new FieldProblem("templateVersion", "template-not-current", "in force: " + t.version())));
        }
        if (!t.textHash().equals(s.textHash().strip().toLowerCase(Locale.ROOT))) {
            throw new ApiException(
                    HttpStatus.CONFLICT,
                    "text-hash-mismatch",
                    "Conflict",
                    "the text signed is not version " + t.version() + " of the " + s.matterType()
                            + " commitment, whose SHA-256 is " + t.textHash(),
                    List.of(new FieldProblem("textHash", "text-hash-mismatch", "expected " + t.textHash())));
        }
        return current;
    }

    private void complete(Signing s) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.identifier() == null || s.identifier().isBlank()) {
            problems.add(required("identifier"));
        }
        if (s.matterType() == null || s.matterType().isBlank()) {
            problems.add(required("matterType"));
        } else if (!templates.matterTypes().contains(s.matterType())) {
            problems.add(new FieldProblem(
                    "matterType", "unknown-matter-type", "matter type " + s.matterType() + " is not catalogued"));
        }
        if (s.caseNumber() == null || s.caseNumber().isBlank()) {
            problems.add(required("caseNumber"));
        } else if (s.caseNumber().strip().length() > 100
                || s.caseNumber().chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(
                    "caseNumber", "invalid-case-number", "a case number has 1 to 100 characters, no control ones"));
        }
        if (s.textHash() == null || s.textHash().isBlank()) {
            problems.add(required("textHash"));
        } else if (!s.textHash().strip().matches("[0-9a-fA-F]{64}")) {
            problems.add(new FieldProblem(
                    "textHash", "invalid-hash", "textHash is the SHA-256 of the text signed, 64 hex digits"));
        }
        if (s.dueDate() != null && s.dueDate().isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem("dueDate", "due-in-past", "a commitment's term cannot end in the past"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "commitment-invalid",
                    "Invalid request",
                    problems.size() == 1 ? problems.getFirst().message() : problems.size() + " problems; see fields",
                    problems);
        }
    }

    private long subject(String identifier) {
        return subjects.require(identifier, "identifier").subjectId();
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "required", field + " is required");
    }
}
