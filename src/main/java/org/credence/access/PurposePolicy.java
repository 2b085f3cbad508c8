package org.credence.access;

/**
 * The purposes of use each role may name, for handlers that take the purpose in their request body rather than in
 * the {@code X-Purpose} header (the credit check names it per applicant).
 */
public interface PurposePolicy {

    /**
     * Refuses (403 {@code purpose-not-permitted}, or 400 {@code case-number-required} naming {@code field}'s
     * sibling {@code caseNumber}) unless one of the actor's roles may read for the purpose.
     *
     * @param field the request field that carried the purpose, named in the problem
     */
    void require(Actor actor, Purpose purpose, String field);
}
