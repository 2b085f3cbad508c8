package org.credence.subject.internal.imports;

import java.time.LocalDate;
import org.credence.subject.ResidentIdentityNumber;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.UnifiedSocialCreditCode;
import org.credence.subject.internal.ProtectedIdentifier;
import org.jspecify.annotations.Nullable;

/**
 * A validated line, with the columns of the subject table: derived fields come from the identifier. The clear
 * {@code identifier} serves duplicate detection within the file only; what is stored is {@code stored}.
 */
record ImportRow(
        String kind,
        String identifier,
        ProtectedIdentifier stored,
        String name,
        String regionCode,
        @Nullable LocalDate birthDate,
        @Nullable String sex,
        @Nullable String organisationType,
        @Nullable String registrationStatus) {

    static ImportRow of(
            SubjectIdentifier id,
            ProtectedIdentifier stored,
            String name,
            @Nullable String regionCode,
            @Nullable String registrationStatus) {
        return switch (id) {
            case ResidentIdentityNumber person ->
                new ImportRow(
                        id.kind().name(),
                        id.value(),
                        stored,
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
                        stored,
                        name,
                        regionCode != null ? regionCode : organisation.regionCode(),
                        null,
                        null,
                        organisation.organisationType().name(),
                        registrationStatus);
        };
    }
}
