package org.credence.subject;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A command to record a natural person's professional registration (licence). Text fields are stripped. */
public record NewRegistration(
        long subjectId,
        String professionCode,
        String licenceNumber,
        String issuer,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        LicenceStatus status) {

    public NewRegistration {
        professionCode = Checks.text(professionCode, 40, "professionCode");
        licenceNumber = Checks.text(licenceNumber, 60, "licenceNumber");
        issuer = Checks.text(issuer, 200, "issuer");
        Objects.requireNonNull(status, "status");
        Checks.period(validFrom, validTo, "validFrom", "validTo");
    }
}
