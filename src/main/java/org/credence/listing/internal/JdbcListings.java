package org.credence.listing.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.credence.listing.ListDefinition;
import org.credence.listing.ListEntry;
import org.credence.listing.Listings;
import org.springframework.stereotype.Service;

/**
 * The read facade for other modules. Definitions come from memory; entries in force from one indexed query by subject
 * (or subjects), answered by date, so that an entry whose term ended yesterday is no longer returned even before the
 * nightly sweep marks it expired.
 */
@Service
class JdbcListings implements Listings {

    private final DefinitionLibrary library;
    private final EntryStore entries;
    private final ListingTime time;

    JdbcListings(DefinitionLibrary library, EntryStore entries, ListingTime time) {
        this.library = library;
        this.entries = entries;
        this.time = time;
    }

    @Override
    public List<ListDefinition> definitions() {
        return library.inForce(time.today()).stream()
                .map(d -> d.document().definition())
                .toList();
    }

    @Override
    public Optional<ListDefinition> definition(String listCode) {
        return library.inForce(listCode, time.today()).map(d -> d.document().definition());
    }

    @Override
    public List<ListEntry> entriesInForce(long subjectId, LocalDate date) {
        return entries.inForce(List.of(subjectId), date).stream()
                .filter(e -> e.inForceOn(date))
                .map(EntryRow::inForce)
                .toList();
    }

    @Override
    public Map<Long, List<ListEntry>> entriesInForce(Collection<Long> subjectIds, LocalDate date) {
        return entries.inForce(subjectIds, date).stream()
                .filter(e -> e.inForceOn(date))
                .collect(Collectors.groupingBy(
                        EntryRow::subjectId,
                        LinkedHashMap::new,
                        Collectors.mapping(EntryRow::inForce, Collectors.toList())));
    }

    @Override
    public Optional<ListEntry> entry(long entryId) {
        return entries.find(entryId).map(e -> e.asOf(time.today()));
    }
}
