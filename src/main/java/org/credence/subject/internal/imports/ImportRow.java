package org.credence.subject.internal.imports;

import java.time.LocalDate;
import org.credence.subject.ResidentIdentityNumber;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.UnifiedSocialCreditCode;
import org.jspecify.annotations.Nullable;

/** A validated line, with the columns of the subject table: derived fields come from the identifier. */
record ImportRow(
        String kind,
        String identifier,
        String name,
        String regionCode,
        @Nullable LocalDate birthDate,
        @Nullable String sex,
        @Nullable String organisationType,
        @Nullable String registrationStatus) {

    static ImportRow of(
            SubjectIdentifier id, String name, @Nullable String regionCode, @Nullable String registrationStatus) {
        return switch (id) {
            case ResidentIdentityNumber person ->
                new ImportRow(
                        id.kind().name(),
                        id.value(),
                        name,
                        regionCode != null ? regionCode : person.regionCode(),
                        person.birthDate(),
                        String.valueOf(person.sex()),
                        null,
                        null);
            case UnifiedSocialCreditCode organisation ->
                new ImportRow(
                        id.kind().name(),
                        id.value(),
                        name,
                        regionCode != null ? regionCode : organisation.regionCode(),
                        null,
                        null,
                        organisation.organisationType().name(),
                        registrationStatus);
        };
    }
}
