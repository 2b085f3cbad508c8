package org.credence.subject;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A command to record that a person acts for an organisation in a role, from {@code validFrom} to {@code validTo}
 * (empty while it lasts).
 */
public record NewRole(
        long organisationId,
        long personId,
        RoleType role,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public NewRole {
        Objects.requireNonNull(role, "role");
        Checks.period(validFrom, validTo, "validFrom", "validTo");
    }
}
