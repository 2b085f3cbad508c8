package org.credence.subject.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.credence.subject.LicenceStatus;
import org.credence.subject.NewRegistration;
import org.credence.subject.SubjectRef;
import org.jspecify.annotations.Nullable;

/** A professional registration (licence) of the person in the path. */
record AddRegistrationRequest(
        @NotBlank @Size(max = 40) String professionCode,
        @NotBlank @Size(max = 60) String licenceNumber,
        @NotBlank @Size(max = 200) String issuer,
        @NotNull LocalDate validFrom,
        @Nullable LocalDate validTo,
        @NotNull LicenceStatus status) {

    NewRegistration toCommand(SubjectRef person) {
        return new NewRegistration(
                person.subjectId(), professionCode, licenceNumber, issuer, validFrom, validTo, status);
    }
}
