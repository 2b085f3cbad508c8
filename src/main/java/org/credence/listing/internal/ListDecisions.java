package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.credence.access.Actor;
import org.credence.listing.DefinitionVersion;
import org.credence.listing.EntryDecision;
import org.credence.listing.EntryEvent;
import org.credence.listing.ListAdministration;
import org.credence.listing.ListEntry;
import org.credence.listing.NewInclusion;
import org.credence.listing.TermExtension;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.subject.SubjectLookup;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit officers' facade: definition versions, manual inclusion (authority first, then every field, then the
 * subject, then the list's rules), the exits ({@link EntryExits}) and the reads behind them.
 */
@Service
class ListDecisions implements ListAdministration {

    private final DefinitionLibrary library;
    private final DefinitionVersions versions;
    private final EntryStore entries;
    private final HistoryStore history;
    private final Inclusions inclusions;
    private final EntryExits exits;
    private final SubjectFacts subjects;
    private final TransactionTemplate transactions;
    private final ListingTime time;

    @SuppressWarnings("ParameterNumber") // the facade over the module's parts; each does one thing
    ListDecisions(
            DefinitionLibrary library,
            DefinitionVersions versions,
            EntryStore entries,
            HistoryStore history,
            Inclusions inclusions,
            EntryExits exits,
            SubjectFacts subjects,
            TransactionTemplate transactions,
            ListingTime time) {
        this.library = library;
        this.versions = versions;
        this.entries = entries;
        this.history = history;
        this.inclusions = inclusions;
        this.exits = exits;
        this.subjects = subjects;
        this.transactions = transactions;
        this.time = time;
    }

    @Override
    public List<DefinitionVersion> versions(String listCode) {
        return library.versions(listCode).stream().map(versions::view).toList();
    }

    @Override
    public List<DefinitionVersion> inForce() {
        return library.inForce(time.today()).stream().map(versions::view).toList();
    }

    @Override
    public DefinitionVersion addVersion(String document, Actor actor) {
        return versions.view(versions.add(document, actor.name()));
    }

    @Override
    public ListEntry include(String listCode, NewInclusion inclusion, Actor actor) {
        LocalDate today = time.today();
        DefinitionDocument list = library.inForce(listCode, today)
                .orElseThrow(() -> ApiException.notFound("list-not-found", "no list " + listCode + " in force"))
                .document();
        Authority.require(actor, list);
        List<FieldProblem> problems = new ArrayList<>();
        SubjectLookup lookup = lookup(inclusion, problems);
        problems.addAll(ManualInclusionPolicy.problems(list.definition(), inclusion, today));
        if (!problems.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST, "invalid-inclusion", "Invalid inclusion", summary(problems), problems);
        }
        Subject subject = switch (lookup) {
            case SubjectLookup.Found found ->
                subjects.of(found.subject().subjectId()).orElseThrow();
            case SubjectLookup.Unknown unknown -> throw subjectNotFound(unknown.maskedIdentifier());
            case SubjectLookup.Invalid invalid -> throw new IllegalStateException("reported above");
        };
        return switch (ManualInclusionPolicy.decide(list, inclusion, subject, today, actor)) {
            case ManualInclusionPolicy.Refused refused ->
                throw new ApiException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        refused.code(),
                        "Not allowed by the list's rules",
                        refused.message(),
                        List.of(new FieldProblem(refused.field(), refused.code(), refused.message())));
            case ManualInclusionPolicy.Include include ->
                transactions
                        .execute(status -> inclusions.include(include.inclusion()))
                        .map(e -> e.asOf(today))
                        .orElseThrow(() -> ApiException.conflict(
                                "entry-exists",
                                "decision " + include.inclusion().decisionNumber() + " already put the subject on "
                                        + listCode));
        };
    }

    private SubjectLookup lookup(NewInclusion inclusion, List<FieldProblem> problems) {
        if (inclusion.identifier() == null || inclusion.identifier().isBlank()) {
            problems.add(new FieldProblem("identifier", "required", "identifier is required"));
            return new SubjectLookup.Unknown("");
        }
        SubjectLookup lookup = subjects.lookup(inclusion.identifier());
        if (lookup instanceof SubjectLookup.Invalid invalid) {
            problems.add(new FieldProblem("identifier", invalid.reason().code(), invalid.message()));
        }
        return lookup;
    }

    private static ApiException subjectNotFound(String masked) {
        String detail = "no subject with identifier " + masked + " is on file";
        return new ApiException(
                HttpStatus.NOT_FOUND,
                "subject-not-found",
                "Subject not found",
                detail,
                List.of(new FieldProblem("identifier", "subject-not-found", detail)));
    }

    @Override
    public ListEntry removeEarly(long entryId, EntryDecision decision, Actor actor) {
        return exits.removeEarly(entryId, decision, actor);
    }

    @Override
    public ListEntry extend(long entryId, TermExtension extension, Actor actor) {
        return exits.extend(entryId, extension, actor);
    }

    @Override
    public ListEntry revoke(long entryId, EntryDecision decision, Actor actor) {
        return exits.revoke(entryId, decision, actor);
    }

    @Override
    public ListEntry repair(long entryId, EntryDecision decision, Actor actor) {
        return exits.repair(entryId, decision, actor);
    }

    @Override
    public List<EntryEvent> history(long entryId) {
        return entries.find(entryId)
                .map(e -> history.of(e.subjectId(), entryId))
                .orElse(List.of());
    }

    @Override
    public Page<ListEntry> entriesInForce(String listCode, PageRequest page) {
        LocalDate today = time.today();
        List<ListEntry> rows = entries.inForceOfList(listCode, today, page).stream()
                .filter(e -> e.inForceOn(today))
                .map(EntryRow::inForce)
                .toList();
        return Page.of(rows, page);
    }

    @Override
    public List<ListEntry> entriesOf(long subjectId) {
        LocalDate today = time.today();
        return entries.ofSubject(subjectId).stream().map(e -> e.asOf(today)).toList();
    }

    static String summary(List<FieldProblem> problems) {
        return problems.size() + " problem(s): "
                + problems.stream()
                        .limit(5)
                        .map(p -> p.field() + ": " + p.message())
                        .collect(Collectors.joining("; "));
    }
}
