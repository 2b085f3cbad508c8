package org.credence.subject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.credence.shared.ApiException;
import org.credence.shared.FieldProblem;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.springframework.http.HttpStatus;

/**
 * The subject registry's facade: how other modules find subjects and the persons and organisations linked to them, and
 * how roles, professional registrations and association memberships are put on file.
 *
 * <p>Subjects are never deleted. Commands that break a rule fail with an {@link org.credence.shared.ApiException} whose
 * code is stable and whose field names the command component at fault ({@code organisationId}, {@code personId},
 * {@code subjectId}, {@code memberId}, {@code associationId}, or the date or text field): 404 {@code
 * subject-not-found} for an unknown id, 422 for a subject of the wrong kind or a date before a person's birth, 409 for
 * a duplicate.
 */
public interface SubjectRegistry {

    /**
     * Puts a subject on file and returns it; an identifier already on file is a conflict
     * ({@link SubjectAlreadyRegisteredException}), never a silent update.
     */
    SubjectRef register(NewSubject subject);

    /** Looks a subject up by an identifier given as text (validated first, lowercase x accepted). */
    SubjectLookup lookup(String identifier);

    /**
     * The subject on file with the identifier, or the refusal every caller gives: 400 with the identifier's rejection
     * code, 404 {@code subject-not-found}; both name {@code field}. Subjects are never created by a lookup.
     */
    default SubjectRef require(String identifier, String field) {
        return switch (lookup(identifier)) {
            case SubjectLookup.Found found -> found.subject();
            case SubjectLookup.Invalid invalid ->
                throw ApiException.invalid(invalid.reason().code(), field, invalid.message());
            case SubjectLookup.Unknown unknown -> {
                String detail = "no subject with identifier " + unknown.maskedIdentifier() + " is on file";
                throw new ApiException(
                        HttpStatus.NOT_FOUND,
                        "subject-not-found",
                        "Subject not found",
                        detail,
                        List.of(new FieldProblem(field, "subject-not-found", detail)));
            }
        };
    }

    /**
     * {@link #require} with the subject's roles in force today ({@link #rolesOfPerson} or {@link #rolesOfOrganisation}
     * by its kind): what a credit check needs of its applicant, which an implementation may read in one round trip.
     */
    default SubjectWithRoles requireWithRoles(String identifier, String field) {
        SubjectRef subject = require(identifier, field);
        return new SubjectWithRoles(
                subject,
                subject.kind() == SubjectKind.PERSON
                        ? rolesOfPerson(subject.subjectId())
                        : rolesOfOrganisation(subject.subjectId()));
    }

    Optional<SubjectRef> findById(long subjectId);

    /** The subject of the kind registered first, if any (for seeding demo accounts, not for business logic). */
    Optional<SubjectRef> firstOfKind(SubjectKind kind);

    /** Everything on file about a subject, identifier masked; empty if the id is unknown. */
    Optional<SubjectDetails> details(long subjectId);

    /** Subjects whose name starts with the prefix, ordered by name then subject id. */
    Page<SubjectRef> search(SubjectQuery query, PageRequest page);

    /**
     * Resolves many valid identifiers at once, for bulk paths: the map holds the normalised identifiers on file and
     * their subject ids; identifiers not on file are absent.
     */
    Map<String, Long> resolveAll(Collection<SubjectIdentifier> identifiers);

    /** The roles in force today in which persons act for the organisation (legal representative and others). */
    List<SubjectRole> rolesOfOrganisation(long organisationId);

    /** The roles in force today in which the person acts for organisations. */
    List<SubjectRole> rolesOfPerson(long personId);

    /**
     * Records a person's role for an organisation. Refused (422) unless the organisation is an organisation and the
     * person a person born by {@code validFrom}; a role of the same type for the same pair over an overlapping period
     * is a conflict (409 {@code role-exists}).
     */
    SubjectRole addRole(NewRole role);

    /** The seeded professions, in their published order. */
    List<Profession> professions();

    /**
     * Records a professional registration. Only persons hold them (422 {@code subject-not-person}); an unknown
     * profession is 400 {@code profession-unknown}; a licence number already on file for the profession is 409
     * {@code licence-exists}.
     */
    ProfessionalRegistration addRegistration(NewRegistration registration);

    /** All professional registrations of the person, whatever their status, oldest first. */
    List<ProfessionalRegistration> registrationsOf(long subjectId);

    /**
     * Records a membership. The association must be a social organisation (422 {@code subject-not-association}) other
     * than the member; an overlapping membership of the same pair is 409 {@code membership-exists}.
     */
    AssociationMembership addMembership(NewMembership membership);

    /** The memberships in force today that the subject (person or organisation) holds. */
    List<AssociationMembership> membershipsOf(long subjectId);

    /** The association's members in force today, in the order they were recorded. */
    Page<AssociationMembership> associationMembers(long associationId, PageRequest page);
}
