package org.credence.subject.internal;

import java.time.LocalDate;
import org.credence.subject.OrganisationType;
import org.credence.subject.RegistrationStatus;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectRef;
import org.jspecify.annotations.Nullable;

/** A subject row beyond its reference: what the identifier says and an organisation's registration status. */
record SubjectProfile(
        SubjectRef ref,
        @Nullable LocalDate birthDate,
        @Nullable String sex,
        @Nullable OrganisationType organisationType,
        @Nullable RegistrationStatus registrationStatus) {

    long id() {
        return ref.subjectId();
    }

    SubjectKind kind() {
        return ref.kind();
    }
}
