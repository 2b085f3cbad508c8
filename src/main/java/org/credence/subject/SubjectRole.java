package org.credence.subject;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A person's role for an organisation, for a period; {@code validTo} is empty while it lasts. */
public record SubjectRole(
        long organisationId,
        long personId,
        RoleType role,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {}
