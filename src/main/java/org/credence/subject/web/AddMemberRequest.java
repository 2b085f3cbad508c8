package org.credence.subject.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.credence.subject.NewMembership;
import org.credence.subject.SubjectRef;
import org.jspecify.annotations.Nullable;

/** A person or organisation joining the association in the path, from {@code since} to {@code until}. */
record AddMemberRequest(
        @Nullable String memberIdentifier,
        @NotNull LocalDate since,
        @Nullable LocalDate until) {

    NewMembership toCommand(SubjectRef association, SubjectRef member) {
        return new NewMembership(member.subjectId(), association.subjectId(), since, until);
    }
}
