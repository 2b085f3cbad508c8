package org.credence.access.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.credence.access.Actor;
import org.credence.access.Role;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps tokens and users of an external identity provider (OAuth2 client credentials, OpenID Connect) to actors.
 * Claims read: the name from {@code preferred_username}, {@code client_id}, {@code azp} or {@code sub}; the
 * organisation from {@code credence_organisation}; roles from {@code credence_roles} and Keycloak's
 * {@code realm_access.roles}, keeping only the platform's role names. The subject role is not granted from outside:
 * a subject's own account lives here, bound to its subject.
 */
final class ExternalIdentity {

    private ExternalIdentity() {}

    static ActorAuthentication authentication(Jwt jwt) {
        return new ActorAuthentication(actor(jwt.getClaims()));
    }

    static Actor actor(Map<String, Object> claims) {
        String name = first(claims, "preferred_username", "client_id", "azp", "sub");
        Object organisation = claims.get("credence_organisation");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        addRoles(roles, claims.get("credence_roles"));
        if (claims.get("realm_access") instanceof Map<?, ?> realm) {
            addRoles(roles, realm.get("roles"));
        }
        roles.remove(Role.SUBJECT);
        return new Actor(name, organisation == null ? null : organisation.toString(), roles, null);
    }

    private static void addRoles(Set<Role> roles, Object claim) {
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                for (Role role : Role.values()) {
                    if (role.name().equalsIgnoreCase(String.valueOf(value))) {
                        roles.add(role);
                    }
                }
            }
        }
    }

    private static String first(Map<String, Object> claims, String... names) {
        for (String name : names) {
            Object value = claims.get(name);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return "external";
    }
}
