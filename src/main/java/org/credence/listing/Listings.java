package org.credence.listing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lists' facade for other modules: the definitions in force and the entries in force for subjects. Inclusion,
 * exits and history are this module's own work (rules over record events, credit officers' decisions, term expiry).
 */
public interface Listings {

    /** Every list's definition version in force today, by list code order. */
    List<ListDefinition> definitions();

    Optional<ListDefinition> definition(String listCode);

    /** The subject's entries in force on the date (see {@link ListEntry#inForceOn}). */
    List<ListEntry> entriesInForce(long subjectId, LocalDate date);

    /** The same for many subjects in one query: subjects without entries are absent from the map. */
    Map<Long, List<ListEntry>> entriesInForce(Collection<Long> subjectIds, LocalDate date);

    Optional<ListEntry> entry(long entryId);
}
