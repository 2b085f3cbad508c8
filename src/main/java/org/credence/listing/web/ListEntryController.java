package org.credence.listing.web;

import java.net.URI;
import java.util.List;
import org.credence.access.Actor;
import org.credence.access.AuditEntry;
import org.credence.access.AuditTrail;
import org.credence.access.CurrentActor;
import org.credence.access.Role;
import org.credence.listing.EntryDecision;
import org.credence.listing.ListAdministration;
import org.credence.listing.ListDefinition;
import org.credence.listing.ListEntry;
import org.credence.listing.ListKind;
import org.credence.listing.Listings;
import org.credence.listing.NewInclusion;
import org.credence.listing.TermExtension;
import org.credence.shared.ApiException;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.shared.web.PurposeBound;
import org.credence.subject.SubjectRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A list's entries: published entries in force are public (masked identifier and name only), those of key-attention
 * lists only for credit officers; an entry with its history, and the decisions on it, are the credit officers'.
 */
@RestController
class ListEntryController {

    static final int MAX_PUBLIC_PAGE = 100;

    private final ListAdministration lists;
    private final Listings listings;
    private final SubjectRegistry subjects;
    private final CurrentActor current;
    private final AuditTrail audit;

    ListEntryController(
            ListAdministration lists,
            Listings listings,
            SubjectRegistry subjects,
            CurrentActor current,
            AuditTrail audit) {
        this.lists = lists;
        this.listings = listings;
        this.subjects = subjects;
        this.current = current;
        this.audit = audit;
    }

    @GetMapping("/api/v1/lists/{code}/entries")
    Page<PublicEntryView> entries(
            @PathVariable String code,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        ListDefinition list = listings.definition(code)
                .orElseThrow(() -> ApiException.notFound("list-not-found", "no list " + code + " in force"));
        if (size > MAX_PUBLIC_PAGE) {
            throw ApiException.invalid("invalid-page-size", "size", "size must be 1 to " + MAX_PUBLIC_PAGE);
        }
        Actor actor = current.actor();
        if (list.kind() == ListKind.KEY_ATTENTION) {
            if (!actor.has(Role.CREDIT_OFFICER)) {
                throw new ApiException(
                        HttpStatus.FORBIDDEN,
                        "list-not-public",
                        "List not public",
                        "entries of key-attention list " + code + " are shown to credit officers only");
            }
            audit.record(new AuditEntry(
                    actor.name(),
                    actor.organisation(),
                    "list.entries.read",
                    null,
                    null,
                    null,
                    AuditEntry.Outcome.ALLOWED,
                    "list " + code));
        }
        return lists.entriesInForce(code, new PageRequest(page, size))
                .map(e -> PublicEntryView.of(e, subjects.findById(e.subjectId()).orElse(null)));
    }

    @PostMapping("/api/v1/lists/{code}/entries")
    ResponseEntity<EntryView> include(@PathVariable String code, @RequestBody NewInclusion inclusion) {
        ListEntry entry = lists.include(code, inclusion, current.actor());
        return ResponseEntity.created(URI.create("/api/v1/list-entries/" + entry.entryId()))
                .body(view(entry, false));
    }

    @GetMapping("/api/v1/list-entries/{id}")
    @PurposeBound("list.entry.read")
    EntryView entry(@PathVariable long id) {
        return listings.entry(id)
                .map(e -> view(e, true))
                .orElseThrow(() -> ApiException.notFound("entry-not-found", "no list entry " + id));
    }

    @PostMapping("/api/v1/list-entries/{id}/removal")
    EntryView removal(@PathVariable long id, @RequestBody EntryDecision decision) {
        return view(lists.removeEarly(id, decision, current.actor()), true);
    }

    @PostMapping("/api/v1/list-entries/{id}/extension")
    EntryView extension(@PathVariable long id, @RequestBody TermExtension extension) {
        return view(lists.extend(id, extension, current.actor()), true);
    }

    @PostMapping("/api/v1/list-entries/{id}/revocation")
    EntryView revocation(@PathVariable long id, @RequestBody EntryDecision decision) {
        return view(lists.revoke(id, decision, current.actor()), true);
    }

    @PostMapping("/api/v1/list-entries/{id}/repair")
    EntryView repair(@PathVariable long id, @RequestBody EntryDecision decision) {
        return view(lists.repair(id, decision, current.actor()), true);
    }

    private EntryView view(ListEntry entry, boolean withHistory) {
        return EntryView.of(
                entry,
                subjects.findById(entry.subjectId()).orElse(null),
                withHistory ? lists.history(entry.entryId()) : null);
    }

    static List<ListEntry> visibleTo(Actor actor, List<ListEntry> entries) {
        if (actor.has(Role.CREDIT_OFFICER) || actor.has(Role.SUBJECT)) {
            return entries;
        }
        return entries.stream().filter(e -> e.kind() != ListKind.KEY_ATTENTION).toList();
    }
}
