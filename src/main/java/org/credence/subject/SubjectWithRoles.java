package org.credence.subject;

import java.util.List;

/**
 * A subject on file with its roles in force today, seen from its side: for a person the organisations it acts for,
 * for an organisation the persons acting for it.
 */
public record SubjectWithRoles(SubjectRef subject, List<SubjectRole> roles) {

    public SubjectWithRoles {
        roles = List.copyOf(roles);
    }
}
