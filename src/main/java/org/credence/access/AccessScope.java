package org.credence.access;

import java.util.Optional;

/**
 * How far the caller of the current request reaches, beyond the endpoint rule that let it in: modules ask this when
 * they choose the rows to show. The subject named in a request's path is checked before the handler runs (a subject
 * reads only its own file, an association officer only its association and its members in force); what remains for
 * the modules is the rows within a file and lists that span many subjects.
 */
public interface AccessScope {

    /**
     * Names the subject a request concerns when its path does not (a record read by its id): the caller must reach
     * it, as for a subject in the path, and the request's audit entry (and so the subject's access log) names it.
     */
    void concerns(long subjectId);

    /** Which of this subject's records the caller may see. */
    RecordScope records(long subjectId);

    /**
     * For a caller that reaches only an association's members (an association officer), the association's subject
     * id; empty for callers that are not so restricted. Refused ({@code no-association}, 403) for an association
     * officer whose organisation is not bound to an association on file.
     */
    Optional<Long> association();
}
