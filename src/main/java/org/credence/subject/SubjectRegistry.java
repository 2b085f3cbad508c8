package org.credence.subject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subject registry's facade: how other modules find subjects and the persons and organisations linked to them.
 */
public interface SubjectRegistry {

    /**
     * Puts a subject on file and returns it; an identifier already on file is a conflict
     * ({@link SubjectAlreadyRegisteredException}), never a silent update.
     */
    SubjectRef register(NewSubject subject);

    /** Looks a subject up by an identifier given as text (validated first, lowercase x accepted). */
    SubjectLookup lookup(String identifier);

    Optional<SubjectRef> findById(long subjectId);

    /**
     * Resolves many valid identifiers at once, for bulk paths: the map holds the normalised identifiers on file and
     * their subject ids; identifiers not on file are absent.
     */
    Map<String, Long> resolveAll(Collection<SubjectIdentifier> identifiers);

    /** The roles in force today in which persons act for the organisation (legal representative and others). */
    List<SubjectRole> rolesOfOrganisation(long organisationId);

    /** The roles in force today in which the person acts for organisations. */
    List<SubjectRole> rolesOfPerson(long personId);
}
