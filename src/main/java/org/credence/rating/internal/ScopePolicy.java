package org.credence.rating.internal;

import java.util.Set;
import java.util.TreeSet;
import org.credence.rating.internal.StandardDocument.Scope;
import org.credence.subject.SubjectKind;

/**
 * Whether a standard rates a subject: the kind must match, an organisation must be of a listed type (when types are
 * listed), and a natural person must hold, on the date, an active registration in one of the standard's professions.
 * A person without one is never rated, whatever the standard says.
 */
final class ScopePolicy {

    /** The decision for one subject. */
    sealed interface Decision {}

    /** Rated; for a person, the professions it is rated in (the standard's that it holds). */
    record Applicable(Set<String> professions) implements Decision {

        Applicable {
            professions = Set.copyOf(professions);
        }
    }

    /** Not rated under this standard, with a stable code. */
    record OutOfScope(String code) implements Decision {}

    private static final Applicable ORGANISATION = new Applicable(Set.of());
    private static final OutOfScope OTHER_KIND = new OutOfScope("other-subject-kind");
    private static final OutOfScope OTHER_TYPE = new OutOfScope("other-organisation-type");

    private ScopePolicy() {}

    static Decision decide(Scope scope, SubjectFacts subject, java.time.LocalDate date) {
        if (scope.kind() != subject.kind()) {
            return OTHER_KIND;
        }
        if (subject.kind() == SubjectKind.ORGANISATION) {
            boolean typeListed = scope.organisationTypes().isEmpty()
                    || (subject.organisationType() != null
                            && scope.organisationTypes().contains(subject.organisationType()));
            return typeListed ? ORGANISATION : OTHER_TYPE;
        }
        Set<String> held = new TreeSet<>();
        for (SubjectFacts.Licence licence : subject.licences()) {
            if (licence.inForce(date) && scope.professions().contains(licence.professionCode())) {
                held.add(licence.professionCode());
            }
        }
        return held.isEmpty() ? new OutOfScope("no-profession") : new Applicable(held);
    }
}
