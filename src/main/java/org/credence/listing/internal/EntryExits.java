package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.credence.access.Actor;
import org.credence.listing.EntryDecision;
import org.credence.listing.EntryEvent;
import org.credence.listing.EntryStatus;
import org.credence.listing.ListEntry;
import org.credence.listing.TermExtension;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The exits a credit officer of the managing authority decides: early removal, extension, repair and revocation. The
 * list's rules are those of the version the entry was made under; the authority is the list's in force now.
 */
@Component
class EntryExits {

    private final EntryStore entries;
    private final DefinitionLibrary library;
    private final EntryWriter writer;
    private final TransactionTemplate transactions;
    private final ListingTime time;

    EntryExits(
            EntryStore entries,
            DefinitionLibrary library,
            EntryWriter writer,
            TransactionTemplate transactions,
            ListingTime time) {
        this.entries = entries;
        this.library = library;
        this.writer = writer;
        this.transactions = transactions;
        this.time = time;
    }

    ListEntry removeEarly(long entryId, EntryDecision decision, Actor actor) {
        return end(entryId, decision, actor, EntryStatus.REMOVED_EARLY, ExitPolicy::removal);
    }

    ListEntry repair(long entryId, EntryDecision decision, Actor actor) {
        return end(entryId, decision, actor, EntryStatus.REPAIRED, ExitPolicy::repair);
    }

    ListEntry revoke(long entryId, EntryDecision decision, Actor actor) {
        return end(entryId, decision, actor, EntryStatus.REVOKED, (e, d, today) -> ExitPolicy.revocation(e, today));
    }

    ListEntry extend(long entryId, TermExtension extension, Actor actor) {
        EntryRow entry = entry(entryId);
        DefinitionDocument rules = rulesOf(entry, actor);
        List<FieldProblem> problems = new ArrayList<>();
        if (extension.months() == null) {
            problems.add(new FieldProblem("months", "required", "months is required"));
        } else if (extension.months() < 1 || extension.months() > 120) {
            problems.add(new FieldProblem("months", "out-of-range", "months must be 1 to 120"));
        }
        Checks.text(problems, "decisionNumber", extension.decisionNumber(), 100);
        Checks.text(problems, "reason", extension.reason(), 4000);
        Checks.text(problems, "legalBasis", extension.legalBasis(), 1000);
        invalidIfAny(problems);
        LocalDate today = time.today();
        var allowed = allowed(ExitPolicy.extension(entry, rules, extension.months(), today));
        var decided = new EntryWriter.Decided(
                actor.name(),
                actor.organisation(),
                Checks.required(extension.decisionNumber()),
                Checks.required(extension.reason()),
                Checks.required(extension.legalBasis()));
        Integer months = allowed.termMonths();
        LocalDate end = allowed.termEnd();
        if (months == null || end == null) {
            throw new IllegalStateException("an allowed extension has a term");
        }
        return transactions
                .execute(status -> writer.extend(entry, months, end, decided))
                .map(e -> e.asOf(today))
                .orElseThrow(EntryExits::changed);
    }

    private interface Rule {
        ExitPolicy.Decision decide(EntryRow entry, DefinitionDocument rules, LocalDate today);
    }

    private ListEntry end(long entryId, EntryDecision decision, Actor actor, EntryStatus to, Rule rule) {
        EntryRow entry = entry(entryId);
        DefinitionDocument rules = rulesOf(entry, actor);
        List<FieldProblem> problems = new ArrayList<>();
        Checks.text(problems, "decisionNumber", decision.decisionNumber(), 100);
        Checks.text(problems, "reason", decision.reason(), 4000);
        Checks.optionalText(problems, "legalBasis", decision.legalBasis(), 1000);
        invalidIfAny(problems);
        LocalDate today = time.today();
        allowed(rule.decide(entry, rules, today));
        var decided = new EntryWriter.Decided(
                actor.name(),
                actor.organisation(),
                Checks.required(decision.decisionNumber()),
                Checks.required(decision.reason()),
                decision.legalBasis() == null || decision.legalBasis().isBlank()
                        ? null
                        : decision.legalBasis().strip());
        return transactions
                .execute(status -> writer.end(entry, to, today, EntryEvent.Action.valueOf(to.name()), decided))
                .map(e -> e.asOf(today))
                .orElseThrow(EntryExits::changed);
    }

    private EntryRow entry(long entryId) {
        return entries.find(entryId)
                .orElseThrow(() -> ApiException.notFound("entry-not-found", "no list entry " + entryId));
    }

    /** The rules of the entry's version, once the actor is known to be of the list's managing authority. */
    private DefinitionDocument rulesOf(EntryRow entry, Actor actor) {
        Optional<StoredDefinition> version = library.version(entry.listCode(), entry.listVersion());
        StoredDefinition current = library.inForce(entry.listCode(), time.today())
                .or(() -> version)
                .orElseThrow();
        Authority.require(actor, current.document());
        return version.orElse(current).document();
    }

    private static ExitPolicy.Allowed allowed(ExitPolicy.Decision decision) {
        return switch (decision) {
            case ExitPolicy.Allowed allowed -> allowed;
            case ExitPolicy.Ended ended -> throw ApiException.conflict("entry-ended", ended.message());
            case ExitPolicy.Refused refused ->
                throw new ApiException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        refused.code(),
                        "Not allowed by the list's rules",
                        refused.message(),
                        List.of(new FieldProblem(refused.field(), refused.code(), refused.message())));
        };
    }

    private static void invalidIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "invalid-decision",
                    "Invalid decision",
                    ListDecisions.summary(problems),
                    problems);
        }
    }

    private static ApiException changed() {
        return ApiException.conflict("entry-changed", "the entry changed meanwhile; read it and decide again");
    }
}
