package org.credence.subject.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.credence.shared.ApiException;
import org.credence.subject.NewSubject;
import org.credence.subject.RegistrationStatus;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/** A person or organisation to put on file; what the identifier encodes (birth date, type, region) is derived. */
record CreateSubjectRequest(
        @Nullable String identifier,
        @NotBlank @Size(max = 200) String name,

        @Nullable @Pattern(regexp = "\\d{6}", message = "must be 6 digits")
        String regionCode,

        @Nullable RegistrationStatus registrationStatus) {

    NewSubject toCommand(SubjectIdentifier parsed) {
        if (parsed.kind() == SubjectKind.PERSON && registrationStatus != null) {
            throw ApiException.invalid(
                    "registration-status-not-applicable",
                    "registrationStatus",
                    "a natural person has no registration status");
        }
        return new NewSubject(parsed, name, regionCode, registrationStatus);
    }
}
