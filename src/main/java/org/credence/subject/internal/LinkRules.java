package org.credence.subject.internal;

import java.time.LocalDate;
import org.credence.subject.OrganisationType;
import org.credence.subject.SubjectKind;

/**
 * Who may be linked to whom: a role joins a person to an organisation, a professional registration belongs to a person,
 * an association is a social organisation. Each rule returns a decision with a stable code and the command field at
 * fault, so that every refusal explains itself.
 */
final class LinkRules {

    /** The outcome of a rule. */
    sealed interface Decision {

        /** Throws a refusal as a 422 problem. */
        default void orThrow() {
            if (this instanceof Refused(String code, String field, String reason)) {
                throw Refusals.unprocessable(code, field, reason);
            }
        }
    }

    record Allowed() implements Decision {}

    record Refused(String code, String field, String reason) implements Decision {}

    static final Decision ALLOWED = new Allowed();

    private LinkRules() {}

    static Decision role(SubjectProfile organisation, SubjectProfile person, LocalDate validFrom) {
        if (organisation.kind() != SubjectKind.ORGANISATION) {
            return new Refused(
                    "subject-not-organisation",
                    "organisationId",
                    organisation.ref().maskedIdentifier() + " is not an organisation: only organisations have roles");
        }
        if (person.kind() != SubjectKind.PERSON) {
            return new Refused(
                    "subject-not-person",
                    "personId",
                    person.ref().maskedIdentifier() + " is not a natural person: only persons hold roles");
        }
        return bornBy(person, validFrom, "validFrom");
    }

    static Decision registration(SubjectProfile subject, LocalDate validFrom) {
        if (subject.kind() != SubjectKind.PERSON) {
            return new Refused(
                    "subject-not-person",
                    "subjectId",
                    subject.ref().maskedIdentifier()
                            + " is not a natural person: only persons hold professional registrations");
        }
        return bornBy(subject, validFrom, "validFrom");
    }

    static Decision membership(SubjectProfile member, SubjectProfile association, LocalDate since) {
        if (association.organisationType() != OrganisationType.SOCIAL_ORGANISATION) {
            return new Refused(
                    "subject-not-association",
                    "associationId",
                    association.ref().maskedIdentifier()
                            + " is not a social organisation (code starting 51): only associations have members");
        }
        if (member.id() == association.id()) {
            return new Refused("membership-self", "memberId", "an association cannot be a member of itself");
        }
        return bornBy(member, since, "since");
    }

    private static Decision bornBy(SubjectProfile subject, LocalDate date, String field) {
        LocalDate birthDate = subject.birthDate();
        if (birthDate != null && date.isBefore(birthDate)) {
            return new Refused("date-before-birth", field, field + " " + date + " lies before the person's birth date");
        }
        return ALLOWED;
    }
}
