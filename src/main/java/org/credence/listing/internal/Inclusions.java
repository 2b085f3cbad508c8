package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Stores a decided entry, then applies the repeat rules that count the list it is on (which may make another entry,
 * and so on): all in the caller's transaction.
 */
@Component
class Inclusions {

    private final EntryWriter writer;
    private final EntryStore entries;
    private final DefinitionLibrary library;
    private final ListingTime time;

    Inclusions(EntryWriter writer, EntryStore entries, DefinitionLibrary library, ListingTime time) {
        this.writer = writer;
        this.entries = entries;
        this.library = library;
        this.time = time;
    }

    /** The new entry; empty if its source made one before. */
    Optional<EntryRow> include(Inclusion inclusion) {
        Optional<EntryRow> entry = writer.create(inclusion);
        entry.ifPresent(e -> applyRepeatRules(e, inclusion.subject()));
        return entry;
    }

    private void applyRepeatRules(EntryRow trigger, Subject subject) {
        LocalDate today = time.today();
        for (StoredDefinition target : library.inForce(today)) {
            for (InclusionRule.RepeatRule rule : target.document().rules(InclusionRule.RepeatRule.class)) {
                if (rule.list().equals(trigger.listCode()) && !openFromRule(trigger.subjectId(), target.code())) {
                    List<LocalDate> days = entries.inclusionDays(trigger.subjectId(), rule.list());
                    if (InclusionPolicy.forRepeat(target.document(), rule, trigger, days, subject, today)
                            instanceof InclusionPolicy.Include include) {
                        include(include.inclusion());
                    }
                }
            }
        }
    }

    private boolean openFromRule(long subjectId, String listCode) {
        return entries.open(subjectId, listCode).stream().anyMatch(e -> e.origin() == Origin.REPEAT);
    }
}
