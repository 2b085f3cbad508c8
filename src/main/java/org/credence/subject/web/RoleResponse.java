package org.credence.subject.web;

import java.time.LocalDate;
import org.credence.subject.RoleType;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRole;
import org.jspecify.annotations.Nullable;

/** A role just recorded: who acts for which organisation, in what role, for what period. */
record RoleResponse(
        SubjectSummary organisation,
        SubjectSummary person,
        RoleType role,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    static RoleResponse of(SubjectRole role, SubjectRef organisation, SubjectRef person) {
        return new RoleResponse(
                SubjectSummary.of(organisation),
                SubjectSummary.of(person),
                role.role(),
                role.validFrom(),
                role.validTo());
    }
}
