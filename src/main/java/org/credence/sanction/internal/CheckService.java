package org.credence.sanction.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.credence.access.Actor;
import org.credence.access.AuditEntry;
import org.credence.access.AuditTrail;
import org.credence.access.Purpose;
import org.credence.access.PurposePolicy;
import org.credence.access.Role;
import org.credence.catalog.Catalogue;
import org.credence.commitment.CommitmentTemplate;
import org.credence.commitment.Commitments;
import org.credence.listing.ListEntry;
import org.credence.listing.Listings;
import org.credence.rating.CurrentGrade;
import org.credence.rating.RatingEngine;
import org.credence.sanction.BatchOutcome;
import org.credence.sanction.CheckAnswer;
import org.credence.sanction.CheckAnswer.AppliedMeasure;
import org.credence.sanction.CheckAnswer.Cause;
import org.credence.sanction.CheckAnswer.Link;
import org.credence.sanction.CheckDecision;
import org.credence.sanction.CheckFeedback;
import org.credence.sanction.CheckRequest;
import org.credence.sanction.CreditChecks;
import org.credence.sanction.MeasureCatalogue;
import org.credence.sanction.MeasureEdition;
import org.credence.sanction.MeasureFeedback;
import org.credence.sanction.RecordedCheck;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.credence.subject.SubjectRole;
import org.credence.subject.SubjectWithRoles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs credit checks: gathers the applicant's grades, its list entries in force and those of the subjects linked to
 * it by a role, lets {@link CheckEvaluator} decide, and has the {@link CheckJournal}
 * write the answer with its audit entry before returning it, so that no answer is given that was not recorded.
 */
@Service
class CheckService implements CreditChecks {

    private static final Logger log = LoggerFactory.getLogger(CheckService.class);

    private final SubjectRegistry subjects;
    private final RatingEngine ratings;
    private final Listings listings;
    private final Commitments commitments;
    private final MeasureCatalogue measures;
    private final Catalogue catalogue;
    private final PurposePolicy purposes;
    private final AuditTrail audit;
    private final CheckStore store;
    private final CheckJournal journal;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;

    CheckService(
            SubjectRegistry subjects,
            RatingEngine ratings,
            Listings listings,
            Commitments commitments,
            MeasureCatalogue measures,
            Catalogue catalogue,
            PurposePolicy purposes,
            AuditTrail audit,
            CheckStore store,
            CheckJournal journal,
            JsonMapper json,
            Clock clock,
            @Value("${credence.rating.zone:Asia/Shanghai}") ZoneId zone) {
        this.subjects = subjects;
        this.ratings = ratings;
        this.listings = listings;
        this.commitments = commitments;
        this.measures = measures;
        this.catalogue = catalogue;
        this.purposes = purposes;
        this.audit = audit;
        this.store = store;
        this.journal = journal;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public RecordedCheck check(Actor actor, CheckRequest request) {
        return audit.groupCommitted(() -> {
            Decided decided = decide(actor, request);
            journal.write(decided.journaled());
            return new RecordedCheck(decided.answer(), decided.journaled().row().answer());
        });
    }

    @Override
    public List<BatchOutcome> checkAll(Actor actor, List<CheckRequest> requests) {
        if (requests.size() > MAX_BATCH) {
            throw ApiException.invalid(
                    "too-many-applicants",
                    "applicants",
                    "at most " + MAX_BATCH + " applicants per call, was " + requests.size()
                            + "; send a CSV file for more");
        }
        // the request counts as recorded with the checks' own entries only if at least one check was recorded
        return audit.groupCommitted(
                () -> decideAndRecord(actor, requests),
                outcomes -> outcomes.stream().anyMatch(o -> o.answer() != null));
    }

    private List<BatchOutcome> decideAndRecord(Actor actor, List<CheckRequest> requests) {
        List<BatchOutcome> outcomes = new ArrayList<>(requests.size());
        // each recorded check with the place of its outcome
        record Pending(int at, Decided decided) {}
        List<Pending> pending = new ArrayList<>(requests.size());
        for (CheckRequest request : requests) {
            try {
                Decided one = decide(actor, request);
                pending.add(new Pending(outcomes.size(), one));
                outcomes.add(new BatchOutcome(one.answer(), null));
            } catch (ApiException refused) {
                outcomes.add(new BatchOutcome(null, refused));
            } catch (RuntimeException failed) {
                // one applicant's failure is that applicant's: the others are still checked
                log.error("A check in a batch failed", failed);
                outcomes.add(new BatchOutcome(
                        null,
                        new ApiException(
                                HttpStatus.INTERNAL_SERVER_ERROR,
                                "check-failed",
                                "Check failed",
                                "this applicant could not be checked; the others were")));
            }
        }
        // the batch's checks are handed to the journal together: they are written in a few groups, not one by one
        List<@Nullable RuntimeException> failures = journal.writeAll(
                pending.stream().map(p -> p.decided().journaled()).toList());
        for (int i = 0; i < failures.size(); i++) {
            RuntimeException failure = failures.get(i);
            if (failure == null) {
                continue;
            }
            Pending unrecorded = pending.get(i);
            ApiException refusal;
            if (failure instanceof ApiException api) {
                refusal = api;
            } else {
                log.error(
                        "Check {} was not recorded",
                        unrecorded.decided().answer().checkId(),
                        failure);
                refusal = CheckJournal.unavailable("the check could not be recorded");
            }
            outcomes.set(unrecorded.at(), new BatchOutcome(null, refusal));
        }
        return outcomes;
    }

    /** A check decided, with its id, and what the journal writes for it. */
    private record Decided(CheckAnswer answer, CheckJournal.JournaledCheck journaled) {}

    private Decided decide(Actor actor, CheckRequest request) {
        // No transaction around the reads: at read committed, it would give them no common snapshot, only a BEGIN
        // and a COMMIT more for every check.
        Prepared prepared = prepare(actor, request);
        CheckAnswer answer = withId(prepared.answer(), journal.nextId());
        CheckStore.CheckRow row = new CheckStore.CheckRow(
                answer.checkId(),
                prepared.subjectId(),
                answer.matterType(),
                answer.purpose(),
                answer.caseNumber(),
                answer.decision().name(),
                answer.measureEdition(),
                actor.name(),
                actor.organisation(),
                answer.checkedAt(),
                json.writeValueAsString(answer));
        AuditEntry entry = new AuditEntry(
                actor.name(),
                actor.organisation(),
                "credit.check",
                prepared.subjectId(),
                answer.purpose(),
                answer.caseNumber(),
                AuditEntry.Outcome.ALLOWED,
                "check " + answer.checkId() + " for " + answer.matterType() + ": " + answer.decision());
        return new Decided(answer, new CheckJournal.JournaledCheck(row, prepared.measures(), entry));
    }

    /** A check decided but not yet recorded: its answer (without id), its subject and the measures it found. */
    private record Prepared(CheckAnswer answer, long subjectId, List<CheckStore.FoundMeasure> measures) {}

    private Prepared prepare(Actor actor, CheckRequest request) {
        Valid valid = validate(request);
        Purpose purpose = new Purpose(valid.purpose(), valid.caseNumber());
        purposes.require(actor, purpose, "purpose");
        SubjectWithRoles onFile = subjects.requireWithRoles(valid.identifier(), "identifier");
        SubjectRef applicant = onFile.subject();
        OffsetDateTime now =
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();

        Map<String, String> grades = new LinkedHashMap<>();
        List<CheckAnswer.Grade> gradeViews = new ArrayList<>();
        for (CurrentGrade rating : ratings.gradesOf(applicant.subjectId())) {
            grades.put(rating.scheme(), rating.grade());
            gradeViews.add(
                    new CheckAnswer.Grade(rating.scheme(), rating.grade(), rating.standardVersion(), rating.asOf()));
        }

        List<SubjectRole> roles = onFile.roles();
        Set<Long> ids = new HashSet<>();
        ids.add(applicant.subjectId());
        for (SubjectRole role : roles) {
            ids.add(other(applicant, role));
        }
        Map<Long, List<ListEntry>> entries = listings.entriesInForce(ids, today);
        List<ListEntry> own = entries.getOrDefault(applicant.subjectId(), List.of());
        List<CheckEvaluator.Linked> linked = new ArrayList<>();
        Map<Long, SubjectRef> linkedRefs = new HashMap<>();
        for (SubjectRole role : roles) {
            long otherId = other(applicant, role);
            List<ListEntry> theirs = entries.getOrDefault(otherId, List.of());
            boolean relevant = theirs.stream().anyMatch(e -> e.extendsTo().contains(role.role()));
            if (!relevant) {
                continue;
            }
            SubjectRef ref = linkedRefs.computeIfAbsent(
                    otherId,
                    id -> subjects.findById(id).orElseThrow(() -> new IllegalStateException("no subject " + id)));
            Link.Side side = applicant.kind() == SubjectKind.PERSON ? Link.Side.ORGANISATION : Link.Side.PERSON;
            linked.add(
                    new CheckEvaluator.Linked(new Link(role.role(), side, ref.maskedIdentifier(), ref.name()), theirs));
        }

        MeasureEdition edition = measures.inForce(today);
        // The commitment text is looked up only when a commitment is what the measures ask for.
        CheckEvaluator.Evaluation evaluation =
                CheckEvaluator.evaluate(edition.measures(), today, valid.matterType(), own, grades, linked, true);
        Optional<CommitmentTemplate> template = Optional.empty();
        if (evaluation.decision() == CheckDecision.PROCEED_WITH_COMMITMENT) {
            template = commitments.templateFor(valid.matterType());
            if (template.isEmpty()) {
                evaluation = new CheckEvaluator.Evaluation(
                        CheckEvaluator.decision(evaluation.measures(), false), evaluation.measures());
            }
        }

        List<CheckAnswer.Entry> entryViews = new ArrayList<>();
        for (ListEntry entry : own) {
            entryViews.add(entryView(entry, null));
        }
        // A linked subject's entry is shown when it set a measure off, once, with the link it came through.
        Map<Long, ListEntry> linkedEntries = new HashMap<>();
        linked.forEach(l -> l.entries().forEach(e -> linkedEntries.put(e.entryId(), e)));
        Set<Long> shown = new HashSet<>();
        for (AppliedMeasure measure : evaluation.measures()) {
            for (Cause cause : measure.causes()) {
                Long entryId = cause.entryId();
                if (cause.via() != null && entryId != null && shown.add(entryId)) {
                    entryViews.add(entryView(linkedEntries.get(entryId), cause.via()));
                }
            }
        }
        CheckAnswer.CommitmentToSign commitment = evaluation.decision() == CheckDecision.PROCEED_WITH_COMMITMENT
                ? template.map(t -> new CheckAnswer.CommitmentToSign(
                                t.code(), t.version(), t.textHash(), "/api/v1/commitment-templates/" + t.matterType()))
                        .orElse(null)
                : null;
        CheckAnswer answer = new CheckAnswer(
                0,
                now,
                new CheckAnswer.Applicant(applicant.maskedIdentifier(), applicant.name(), applicant.kind()),
                valid.matterType(),
                valid.purpose(),
                valid.caseNumber(),
                evaluation.decision(),
                edition.code(),
                gradeViews,
                entryViews,
                evaluation.measures(),
                commitment);
        List<CheckStore.FoundMeasure> found = new ArrayList<>();
        for (AppliedMeasure measure : evaluation.measures()) {
            boolean any = false;
            for (Cause cause : measure.causes()) {
                if (cause.entryId() != null) {
                    found.add(new CheckStore.FoundMeasure(
                            measure.code(), measure.measureClass(), measure.binding(), cause.entryId()));
                    any = true;
                }
            }
            if (!any) {
                found.add(new CheckStore.FoundMeasure(measure.code(), measure.measureClass(), measure.binding(), null));
            }
        }
        return new Prepared(answer, applicant.subjectId(), found);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CheckAnswer> answer(Actor actor, long checkId) {
        return visible(actor, checkId).map(c -> withId(json.readValue(c.answer(), CheckAnswer.class), c.checkId()));
    }

    @Override
    @Transactional
    public List<CheckFeedback> feedback(Actor actor, long checkId, List<MeasureFeedback> feedback) {
        CheckStore.StoredCheck stored = visible(actor, checkId)
                .filter(c -> actor.has(Role.APPROVER) && sameOrganisation(actor, c))
                .orElseThrow(() -> ApiException.notFound("check-not-found", "no check " + checkId + " of yours"));
        CheckAnswer answer = json.readValue(stored.answer(), CheckAnswer.class);
        if (feedback.isEmpty()) {
            throw ApiException.invalid("feedback-required", "measures", "give feedback on at least one measure");
        }
        Map<String, AppliedMeasure> byCode = new HashMap<>();
        answer.measures().forEach(m -> byCode.put(m.code(), m));
        Set<String> existing = new HashSet<>();
        store.feedbackOf(checkId).forEach(f -> existing.add(f.measureCode()));
        List<FieldProblem> problems = new ArrayList<>();
        List<CheckFeedback> rows = new ArrayList<>();
        Set<String> inRequest = new HashSet<>();
        OffsetDateTime now =
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < feedback.size(); i++) {
            MeasureFeedback item = feedback.get(i);
            String at = "measures[" + i + "]";
            AppliedMeasure measure = item.measureCode() == null ? null : byCode.get(item.measureCode());
            if (item.measureCode() == null || item.measureCode().isBlank()) {
                problems.add(new FieldProblem(at + ".measureCode", "required", "name the measure"));
                continue;
            }
            if (measure == null) {
                problems.add(new FieldProblem(
                        at + ".measureCode",
                        "measure-not-in-check",
                        "measure " + item.measureCode() + " did not apply in check " + checkId));
                continue;
            }
            if (existing.contains(measure.code()) || !inRequest.add(measure.code())) {
                problems.add(new FieldProblem(
                        at + ".measureCode",
                        "feedback-exists",
                        "feedback on " + measure.code() + " is already recorded for this check"));
                continue;
            }
            if (item.applied() == null) {
                problems.add(new FieldProblem(at + ".applied", "required", "say whether the measure was applied"));
                continue;
            }
            String reason = item.reason() == null || item.reason().isBlank()
                    ? null
                    : item.reason().strip();
            boolean override = !item.applied() && measure.binding() && !measure.incentive();
            if (!item.applied() && reason == null) {
                problems.add(new FieldProblem(
                        at + ".reason",
                        override ? "override-reason-required" : "reason-required",
                        override
                                ? "not applying binding measure " + measure.code() + " is an override: state why"
                                : "say why the measure was not applied"));
                continue;
            }
            if (reason != null && reason.length() > 1000) {
                problems.add(new FieldProblem(at + ".reason", "too-long", "a reason has at most 1000 characters"));
                continue;
            }
            rows.add(new CheckFeedback(
                    checkId,
                    measure.code(),
                    item.applied(),
                    reason,
                    override,
                    actor.name(),
                    actor.organisation(),
                    now));
        }
        if (!problems.isEmpty()) {
            boolean conflict = problems.stream().allMatch(p -> p.code().equals("feedback-exists"));
            throw new ApiException(
                    conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT,
                    conflict ? "feedback-exists" : "invalid-feedback",
                    conflict ? "Feedback already recorded" : "Invalid feedback",
                    problems.size() + " problem(s) in the feedback; nothing was recorded",
                    problems);
        }
        try {
            rows.forEach(store::insertFeedback);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("feedback-exists", "feedback on one of these measures was recorded meanwhile");
        }
        return store.feedbackOf(checkId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<CheckFeedback>> feedbackOf(Actor actor, long checkId) {
        return visible(actor, checkId).map(c -> store.feedbackOf(checkId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<CheckFeedback>> feedbackOnEntry(Actor actor, long entryId) {
        return listings.entry(entryId)
                .flatMap(entry -> listings.definition(entry.listCode()))
                .filter(definition -> actor.has(Role.CREDIT_OFFICER)
                        && definition.managingAuthority().equals(actor.organisation()))
                .map(definition -> store.feedbackOnEntry(entryId));
    }

    /** A check is visible to the organisation that asked and to credit officers. */
    private Optional<CheckStore.StoredCheck> visible(Actor actor, long checkId) {
        return store.find(checkId).filter(c -> actor.has(Role.CREDIT_OFFICER) || sameOrganisation(actor, c));
    }

    private static boolean sameOrganisation(Actor actor, CheckStore.StoredCheck check) {
        return actor.organisation() != null && actor.organisation().equals(check.organisation());
    }

    private record Valid(String identifier, String matterType, String purpose, String caseNumber) {}

    private Valid validate(CheckRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String identifier = required(request.identifier(), "identifier", "the applicant's identifier", problems);
        String matterType = required(request.matterType(), "matterType", "the matter type", problems);
        String purpose = required(request.purpose(), "purpose", "the purpose of use", problems);
        String caseNumber = required(request.caseNumber(), "caseNumber", "the approval's case number", problems);
        if (matterType != null
                && catalogue.matterTypes().stream().noneMatch(m -> m.code().equals(matterType))) {
            problems.add(new FieldProblem("matterType", "matter-type-unknown", "no matter type " + matterType));
        }
        if (caseNumber != null && caseNumber.length() > 100) {
            problems.add(new FieldProblem("caseNumber", "too-long", "a case number has at most 100 characters"));
        }
        if (!problems.isEmpty() || identifier == null || matterType == null || purpose == null || caseNumber == null) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    problems.size() == 1 ? problems.getFirst().code() : "invalid-check",
                    "Invalid credit check",
                    problems.size() + " problem(s) in the check request",
                    problems);
        }
        return new Valid(identifier, matterType, purpose, caseNumber);
    }

    private static @Nullable String required(
            @Nullable String value, String field, String what, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", what + " is required"));
            return null;
        }
        return value.strip();
    }

    private static long other(SubjectRef applicant, SubjectRole role) {
        return applicant.kind() == SubjectKind.PERSON ? role.organisationId() : role.personId();
    }

    private static CheckAnswer.Entry entryView(ListEntry entry, @Nullable Link via) {
        return new CheckAnswer.Entry(
                entry.entryId(),
                entry.listCode(),
                entry.kind(),
                entry.includedOn(),
                entry.termEnd(),
                entry.decisionNumber(),
                entry.legalBasis(),
                via);
    }

    private static CheckAnswer withId(CheckAnswer a, long checkId) {
        return new CheckAnswer(
                checkId,
                a.checkedAt(),
                a.applicant(),
                a.matterType(),
                a.purpose(),
                a.caseNumber(),
                a.decision(),
                a.measureEdition(),
                a.grades(),
                a.listEntries(),
                a.measures(),
                a.commitment());
    }
}
