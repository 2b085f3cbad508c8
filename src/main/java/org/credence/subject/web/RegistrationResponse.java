package org.credence.subject.web;

import java.time.LocalDate;
import org.credence.subject.LicenceStatus;
import org.credence.subject.ProfessionalRegistration;
import org.jspecify.annotations.Nullable;

/** A professional registration (licence); {@code validTo} is null while open-ended. */
record RegistrationResponse(
        long registrationId,
        String professionCode,
        String licenceNumber,
        String issuer,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        LicenceStatus status) {

    static RegistrationResponse of(ProfessionalRegistration r) {
        return new RegistrationResponse(
                r.registrationId(),
                r.professionCode(),
                r.licenceNumber(),
                r.issuer(),
                r.validFrom(),
                r.validTo(),
                r.status());
    }
}
