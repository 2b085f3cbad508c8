package org.credence.subject.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.credence.subject.OrganisationType;
import org.credence.subject.RegistrationStatus;
import org.credence.subject.SubjectDetails;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/**
 * The subject just put on file. The only response that carries the identifier in clear, echoing what the caller sent;
 * every other response masks it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CreatedSubjectResponse(
        String identifier,
        long subjectId,
        String maskedIdentifier,
        SubjectKind kind,
        String name,
        String regionCode,
        @Nullable LocalDate birthDate,
        @Nullable String sex,
        @Nullable OrganisationType organisationType,
        @Nullable RegistrationStatus registrationStatus) {

    static CreatedSubjectResponse of(SubjectIdentifier identifier, SubjectDetails details) {
        var subject = details.subject();
        return new CreatedSubjectResponse(
                identifier.value(),
                subject.subjectId(),
                subject.maskedIdentifier(),
                subject.kind(),
                subject.name(),
                subject.regionCode(),
                details.birthDate(),
                details.sex(),
                details.organisationType(),
                details.registrationStatus());
    }
}
