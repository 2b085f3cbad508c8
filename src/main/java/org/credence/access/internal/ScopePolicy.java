package org.credence.access.internal;

import static org.credence.access.Role.APPROVER;
import static org.credence.access.Role.ASSOCIATION_OFFICER;
import static org.credence.access.Role.CREDIT_OFFICER;
import static org.credence.access.Role.PROVIDER;
import static org.credence.access.Role.SUBJECT;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongPredicate;
import org.credence.access.Actor;
import org.credence.access.RecordScope;
import org.credence.access.Role;
import org.credence.catalog.DisclosureMode;
import org.jspecify.annotations.Nullable;

/**
 * The scoping rules, without the database. Reach: whether a caller may touch the file of the subject named in a
 * request. Only two roles are bound to particular subjects (a subject to itself, an association officer to its
 * association and the members in force); a caller holding any other role is let through, the endpoint rule having
 * decided, and the rows are scoped by {@link #records}. Roles combine as the union of what each grants.
 */
final class ScopePolicy {

    /** Roles that reach only particular subjects. */
    private static final Set<Role> BOUND = EnumSet.of(SUBJECT, ASSOCIATION_OFFICER);

    /** Whether a caller reaches a subject: within, or outside with a stable problem code. */
    sealed interface Reach {

        record Within() implements Reach {}

        record Outside(String code, String detail) implements Reach {}
    }

    private static final Reach WITHIN = new Reach.Within();

    /** An association officer whose organisation is bound to no association reaches no subject at all. */
    static final Reach.Outside NO_ASSOCIATION = new Reach.Outside(
            "no-association", "your organisation is not bound to an association on file; ask an administrator");

    private ScopePolicy() {}

    /**
     * @param associationPath whether the path names the subject as an association (its members), which an association
     *     officer reaches only for its own association
     * @param ownAssociation the association the caller's organisation is bound to, if any
     * @param memberOfOwnAssociation whether a subject is a member in force of {@code ownAssociation}
     */
    static Reach reach(
            Actor actor,
            long subjectId,
            boolean associationPath,
            @Nullable Long ownAssociation,
            LongPredicate memberOfOwnAssociation) {
        if (!boundToSubjects(actor)) {
            return WITHIN;
        }
        if (actor.has(SUBJECT) && Objects.equals(actor.subjectId(), subjectId)) {
            return WITHIN;
        }
        if (!actor.has(ASSOCIATION_OFFICER)) {
            return new Reach.Outside("not-own-file", "a subject may read only its own file");
        }
        if (ownAssociation == null) {
            return NO_ASSOCIATION;
        }
        if (subjectId == ownAssociation) {
            return WITHIN;
        }
        if (associationPath) {
            return new Reach.Outside("not-own-association", "an association officer acts only for its own association");
        }
        return memberOfOwnAssociation.test(subjectId)
                ? WITHIN
                : new Reach.Outside("not-a-member", "the subject is not a member in force of your association");
    }

    /** Whether every role of the caller binds it to particular subjects (so that it reaches no others). */
    static boolean boundToSubjects(Actor actor) {
        return !actor.roles().isEmpty() && BOUND.containsAll(actor.roles());
    }

    /** Which of a subject's records the caller sees; a subject sees everything of its own file. */
    static RecordScope records(Actor actor, long subjectId) {
        if (actor.has(CREDIT_OFFICER) || (actor.has(SUBJECT) && Objects.equals(actor.subjectId(), subjectId))) {
            return RecordScope.EVERYTHING;
        }
        EnumSet<DisclosureMode> disclosures = EnumSet.noneOf(DisclosureMode.class);
        if (actor.has(APPROVER)) {
            // Shared between departments, never on authorised query: no subject authorisation exists yet.
            disclosures.add(DisclosureMode.PUBLIC);
            disclosures.add(DisclosureMode.SHARED);
        }
        if (actor.has(ASSOCIATION_OFFICER)) {
            // An association is not a department: it sees what is public, and what it submitted itself.
            disclosures.add(DisclosureMode.PUBLIC);
        }
        String own = actor.has(PROVIDER) || actor.has(APPROVER) || actor.has(ASSOCIATION_OFFICER)
                ? actor.organisation()
                : null;
        return new RecordScope(disclosures, own, true, false);
    }
}
