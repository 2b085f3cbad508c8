package org.credence.subject.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.credence.subject.OrganisationType;
import org.credence.subject.RegistrationStatus;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectDetails;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/**
 * A subject's file, identifier masked: birth date and sex for a person, type and registration status for an
 * organisation; roles and memberships in force today, all professional registrations, previous names oldest first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubjectResponse(
        long subjectId,
        String maskedIdentifier,
        SubjectKind kind,
        String name,
        String regionCode,
        @Nullable LocalDate birthDate,
        @Nullable String sex,
        @Nullable OrganisationType organisationType,
        @Nullable RegistrationStatus registrationStatus,
        List<Role> roles,
        List<RegistrationResponse> registrations,
        List<Membership> memberships,
        List<PreviousName> previousNames) {

    /** A role seen from this subject: the person acting for it, or the organisation it acts for. */
    record Role(
            RoleType role,
            SubjectSummary counterpart,
            LocalDate validFrom,
            @Nullable LocalDate validTo) {}

    record Membership(
            long membershipId,
            SubjectSummary association,
            LocalDate since,
            @Nullable LocalDate until) {}

    record PreviousName(String name, Instant changedAt, String source) {}

    static SubjectResponse of(SubjectDetails details) {
        var subject = details.subject();
        return new SubjectResponse(
                subject.subjectId(),
                subject.maskedIdentifier(),
                subject.kind(),
                subject.name(),
                subject.regionCode(),
                details.birthDate(),
                details.sex(),
                details.organisationType(),
                details.registrationStatus(),
                details.roles().stream()
                        .map(r -> new Role(r.role(), SubjectSummary.of(r.counterpart()), r.validFrom(), r.validTo()))
                        .toList(),
                details.registrations().stream().map(RegistrationResponse::of).toList(),
                details.memberships().stream()
                        .map(m -> new Membership(
                                m.membershipId(), SubjectSummary.of(m.association()), m.since(), m.until()))
                        .toList(),
                details.previousNames().stream()
                        .map(n -> new PreviousName(n.name(), n.changedAt(), n.source()))
                        .toList());
    }
}
