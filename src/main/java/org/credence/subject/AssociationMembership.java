package org.credence.subject;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Membership of a person or organisation in an association (a social organisation), for a period.
 *
 * @param until empty while the membership lasts
 */
public record AssociationMembership(
        long membershipId,
        SubjectRef member,
        SubjectRef association,
        LocalDate since,
        @Nullable LocalDate until) {}
