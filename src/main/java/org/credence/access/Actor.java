package org.credence.access;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling: a user or an API client of an organisation, with its roles; for the subject role, the subject it
 * is. {@link #ANONYMOUS} is the public.
 *
 * @param name the user name or API client name, as the audit trail records it
 * @param organisation the organisation's code (a provider's code for data providers)
 * @param subjectId for a subject's own account, the subject it may see
 */
public record Actor(
        String name,
        @Nullable String organisation,
        Set<Role> roles,
        @Nullable Long subjectId) {

    public static final Actor ANONYMOUS = new Actor("anonymous", null, Set.of(), null);

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAnonymous() {
        return roles.isEmpty() && organisation == null;
    }
}
