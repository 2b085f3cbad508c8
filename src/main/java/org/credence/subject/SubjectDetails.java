package org.credence.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything on file about one subject, identifier masked: what the identifier says (birth date and sex of a person,
 * type of an organisation), the registration status of an organisation, the roles and memberships in force today, all
 * professional registrations and the names it had before.
 *
 * @param sex {@code M} or {@code F} for a person, empty for an organisation
 * @param roles for an organisation the persons acting for it, for a person the organisations it acts for
 * @param previousNames oldest first
 */
public record SubjectDetails(
        SubjectRef subject,
        @Nullable LocalDate birthDate,
        @Nullable String sex,
        @Nullable OrganisationType organisationType,
        @Nullable RegistrationStatus registrationStatus,
        List<LinkedRole> roles,
        List<ProfessionalRegistration> registrations,
        List<AssociationMembership> memberships,
        List<PreviousName> previousNames) {

    public SubjectDetails {
        roles = List.copyOf(roles);
        registrations = List.copyOf(registrations);
        memberships = List.copyOf(memberships);
        previousNames = List.copyOf(previousNames);
    }

    /** A role seen from the subject: {@code counterpart} is the other side (the person, or the organisation). */
    public record LinkedRole(
            RoleType role,
            SubjectRef counterpart,
            LocalDate validFrom,
            @Nullable LocalDate validTo) {}

    /** A name the subject had until {@code changedAt}, and which register sync or officer changed it. */
    public record PreviousName(String name, Instant changedAt, String source) {}
}
