package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.List;
import org.credence.subject.LicenceStatus;
import org.credence.subject.OrganisationType;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/** What the engine reads of a subject: its kind, organisation type, region and professional licences. */
record SubjectFacts(
        long subjectId,
        SubjectKind kind,
        @Nullable OrganisationType organisationType,
        String regionCode,
        List<Licence> licences) {

    SubjectFacts {
        licences = List.copyOf(licences);
    }

    /** A professional registration: in force from {@code validFrom} to {@code validTo} (inclusive) while active. */
    record Licence(
            String professionCode,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            LicenceStatus status) {

        boolean inForce(LocalDate date) {
            return status == LicenceStatus.ACTIVE
                    && !validFrom.isAfter(date)
                    && (validTo == null || !validTo.isBefore(date));
        }
    }
}
