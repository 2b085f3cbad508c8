package org.credence.access.internal;

import java.util.List;
import org.credence.access.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated API client. */
final class ActorAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final Actor actor;

    ActorAuthentication(Actor actor) {
        super(actor.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList());
        this.actor = actor;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public String getName() {
        return actor.name();
    }

    static List<SimpleGrantedAuthority> authorities(Actor actor) {
        return actor.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }
}
