package org.credence.listing;

import java.util.List;
import org.credence.access.Actor;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;

/**
 * The lists' facade for credit officers: definition versions, manual inclusion and the exits of an entry. A decision
 * on an entry may be taken only by a credit officer whose organisation is the list's managing authority.
 *
 * <p>Refusals are {@link org.credence.shared.ApiException}s: 404 {@code list-not-found}, {@code entry-not-found},
 * {@code subject-not-found}; 403 {@code not-managing-authority}; 400 {@code invalid-definition},
 * {@code invalid-inclusion}, {@code invalid-decision} listing every field at fault; 409 {@code version-not-newer},
 * {@code kind-changed}, {@code effective-before-previous}, {@code entry-exists}, {@code entry-ended}; 422 for a
 * decision the list's rules do not allow ({@code minor-excluded}, {@code subject-kind-not-listed},
 * {@code term-beyond-limit}, {@code not-extendable}, {@code early-removal-not-allowed},
 * {@code early-removal-too-soon}, {@code not-repairable}, {@code term-already-over}).
 */
public interface ListAdministration {

    /** Every version of a list, oldest first; empty for an unknown list. */
    List<DefinitionVersion> versions(String listCode);

    /** The version of every list in force today, by list code. */
    List<DefinitionVersion> inForce();

    /** Validates a definition document (JSON) and stores it as the list's next version. */
    DefinitionVersion addVersion(String document, Actor actor);

    /** Puts a subject on a list by decision; the entry is pending notice or active as the list says. */
    ListEntry include(String listCode, NewInclusion inclusion, Actor actor);

    ListEntry removeEarly(long entryId, EntryDecision decision, Actor actor);

    ListEntry extend(long entryId, TermExtension extension, Actor actor);

    ListEntry revoke(long entryId, EntryDecision decision, Actor actor);

    ListEntry repair(long entryId, EntryDecision decision, Actor actor);

    /** The entry's history, oldest first; empty for an unknown entry. */
    List<EntryEvent> history(long entryId);

    /** The list's entries in force today, oldest inclusion first. */
    Page<ListEntry> entriesInForce(String listCode, PageRequest page);

    /** Every entry of a subject, in force or ended, newest inclusion first, each as it stands today. */
    List<ListEntry> entriesOf(long subjectId);
}
