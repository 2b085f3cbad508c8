package org.credence.subject;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A natural person's registration in a profession: the licence, who issued it, its validity and status.
 *
 * @param subjectId the person holding the licence
 * @param validTo empty while the licence is open-ended
 */
public record ProfessionalRegistration(
        long registrationId,
        long subjectId,
        String professionCode,
        String licenceNumber,
        String issuer,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        LicenceStatus status) {}
