package org.credence.subject.web;

import java.time.LocalDate;
import org.credence.subject.AssociationMembership;
import org.jspecify.annotations.Nullable;

/** A membership of a person or organisation in an association; {@code until} is null while it lasts. */
record MembershipResponse(
        long membershipId,
        SubjectSummary member,
        SubjectSummary association,
        LocalDate since,
        @Nullable LocalDate until) {

    static MembershipResponse of(AssociationMembership m) {
        return new MembershipResponse(
                m.membershipId(),
                SubjectSummary.of(m.member()),
                SubjectSummary.of(m.association()),
                m.since(),
                m.until());
    }
}
