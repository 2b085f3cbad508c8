package org.credence.listing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.credence.listing.EntryEvent;
import org.credence.listing.EntryStatus;
import org.credence.listing.ListEntryChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every write to an entry, in the caller's transaction: the row, its history event and {@link ListEntryChanged}
 * together.
 */
@Component
class EntryWriter {

    /** Who decided a change and on what: a credit officer's decision, or a rule or the sweep ({@code system}). */
    record Decided(
            String actor,
            @Nullable String organisation,
            @Nullable String decisionNumber,
            String reason,
            @Nullable String legalBasis) {

        static Decided system(String reason) {
            return new Decided(InclusionPolicy.SYSTEM, null, null, reason, null);
        }

        String detail(String change) {
            return legalBasis == null ? change : change + "; legal basis: " + legalBasis;
        }
    }

    private final EntryStore entries;
    private final HistoryStore history;
    private final ApplicationEventPublisher events;
    private final ListingTime time;

    EntryWriter(EntryStore entries, HistoryStore history, ApplicationEventPublisher events, ListingTime time) {
        this.entries = entries;
        this.history = history;
        this.events = events;
        this.time = time;
    }

    /**
     * Stores a new entry; empty when its dedupe key is taken (the same source made an entry before), the caller's
     * transaction going on either way.
     */
    Optional<EntryRow> create(Inclusion inclusion) {
        OffsetDateTime now = time.now();
        Optional<Long> id = entries.insert(inclusion, now);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        EntryRow entry = entries.find(id.get()).orElseThrow();
        history.append(
                new HistoryStore.NewEvent(
                        entry,
                        EntryEvent.Action.INCLUDED,
                        null,
                        entry.status(),
                        inclusion.actor(),
                        inclusion.organisation(),
                        inclusion.decisionNumber(),
                        inclusion.reasons(),
                        schedule(entry)),
                now);
        publish(entry, null, entry.status());
        return Optional.of(entry);
    }

    /** Ends an open entry; empty if it had left {@code entry.status()} meanwhile. */
    Optional<EntryRow> end(
            EntryRow entry, EntryStatus to, LocalDate endedOn, EntryEvent.Action action, Decided decided) {
        return end(entry, to, endedOn, action, decided, false);
    }

    /**
     * Ends an open entry whose source no longer stands (a record corrected out of the list's rule), freeing the source
     * to make an entry again should it come to stand again.
     */
    Optional<EntryRow> endFreeingSource(
            EntryRow entry, EntryStatus to, LocalDate endedOn, EntryEvent.Action action, Decided decided) {
        return end(entry, to, endedOn, action, decided, true);
    }

    private Optional<EntryRow> end(
            EntryRow entry,
            EntryStatus to,
            LocalDate endedOn,
            EntryEvent.Action action,
            Decided decided,
            boolean freeSource) {
        OffsetDateTime now = time.now();
        if (!entries.end(entry.entryId(), entry.status(), to, endedOn, decided.reason(), freeSource, now)) {
            return Optional.empty();
        }
        history.append(
                new HistoryStore.NewEvent(
                        entry,
                        action,
                        entry.status(),
                        to,
                        decided.actor(),
                        decided.organisation(),
                        decided.decisionNumber(),
                        decided.reason(),
                        decided.detail("ended on " + endedOn)),
                now);
        publish(entry, entry.status(), to);
        return entries.find(entry.entryId());
    }

    /** A pending entry whose notice period is over comes into force. */
    boolean activate(EntryRow entry) {
        OffsetDateTime now = time.now();
        if (!entries.activate(entry.entryId(), now)) {
            return false;
        }
        history.append(
                new HistoryStore.NewEvent(
                        entry,
                        EntryEvent.Action.ACTIVATED,
                        EntryStatus.PENDING_NOTICE,
                        EntryStatus.ACTIVE,
                        InclusionPolicy.SYSTEM,
                        null,
                        null,
                        "notice period over",
                        "in force from " + entry.inForceFrom()),
                now);
        publish(entry, EntryStatus.PENDING_NOTICE, EntryStatus.ACTIVE);
        return true;
    }

    /** Sets the longer term an extension decided; empty if the entry changed meanwhile. */
    Optional<EntryRow> extend(EntryRow entry, int termMonths, LocalDate termEnd, Decided decided) {
        OffsetDateTime now = time.now();
        Integer before = entry.termMonths();
        if (before == null || !entries.extend(entry.entryId(), entry.status(), before, termMonths, termEnd, now)) {
            return Optional.empty();
        }
        history.append(
                new HistoryStore.NewEvent(
                        entry,
                        EntryEvent.Action.EXTENDED,
                        entry.status(),
                        entry.status(),
                        decided.actor(),
                        decided.organisation(),
                        decided.decisionNumber(),
                        decided.reason(),
                        decided.detail("term " + before + " -> " + termMonths + " months, ends " + entry.termEnd()
                                + " -> " + termEnd)),
                now);
        publish(entry, entry.status(), entry.status());
        return entries.find(entry.entryId());
    }

    /**
     * Has an open entry cite what its corrected source record now says (decision, legal basis, facts); the history
     * keeps what it cited before, in full. Its dates and term stay as decided at inclusion. Empty if the entry changed
     * meanwhile.
     */
    Optional<EntryRow> amend(EntryRow entry, InclusionPolicy.Citation citation, Decided decided) {
        OffsetDateTime now = time.now();
        if (!entries.amend(entry.entryId(), entry.status(), citation, now)) {
            return Optional.empty();
        }
        List<String> changes = new ArrayList<>();
        if (!entry.decisionNumber().equals(citation.decisionNumber())) {
            changes.add("decision " + entry.decisionNumber() + " -> " + citation.decisionNumber());
        }
        if (!entry.legalBasis().equals(citation.legalBasis())) {
            changes.add("legal basis " + entry.legalBasis() + " -> " + citation.legalBasis());
        }
        if (!entry.facts().equals(citation.facts())) {
            changes.add("facts were: " + entry.facts());
        }
        history.append(
                new HistoryStore.NewEvent(
                        entry,
                        EntryEvent.Action.AMENDED,
                        entry.status(),
                        entry.status(),
                        decided.actor(),
                        decided.organisation(),
                        citation.decisionNumber(),
                        decided.reason(),
                        String.join("; ", changes)),
                now);
        publish(entry, entry.status(), entry.status());
        return entries.find(entry.entryId());
    }

    private void publish(EntryRow entry, @Nullable EntryStatus from, EntryStatus to) {
        events.publishEvent(
                new ListEntryChanged(entry.entryId(), entry.subjectId(), entry.listCode(), entry.kind(), from, to));
    }

    private static String schedule(EntryRow entry) {
        return "included on " + entry.includedOn() + ", in force from " + entry.inForceFrom()
                + (entry.termEnd() == null ? ", no term" : ", term ends " + entry.termEnd());
    }
}
