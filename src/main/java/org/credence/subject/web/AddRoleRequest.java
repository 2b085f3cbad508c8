package org.credence.subject.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.credence.subject.NewRole;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectRef;
import org.jspecify.annotations.Nullable;

/** A person acting for the organisation in the path, from {@code validFrom} to {@code validTo} (open if empty). */
record AddRoleRequest(
        @Nullable String personIdentifier,
        @NotNull RoleType role,
        @NotNull LocalDate validFrom,
        @Nullable LocalDate validTo) {

    NewRole toCommand(SubjectRef organisation, SubjectRef person) {
        return new NewRole(organisation.subjectId(), person.subjectId(), role, validFrom, validTo);
    }
}
