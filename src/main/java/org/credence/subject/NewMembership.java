package org.credence.subject;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A command to record that a person or organisation ({@code memberId}) is a member of an association (a social
 * organisation) from {@code since} to {@code until} (empty while it lasts).
 */
public record NewMembership(
        long memberId,
        long associationId,
        LocalDate since,
        @Nullable LocalDate until) {

    public NewMembership {
        Checks.period(since, until, "since", "until");
    }
}
