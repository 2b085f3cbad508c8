package org.credence.access.internal;

import java.util.Collection;
import org.credence.access.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person who logs in with a password, carrying the actor it acts as. */
record ActorUserDetails(Actor actor, String password, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return ActorAuthentication.authorities(actor);
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return actor.name();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "ActorUserDetails[" + actor.name() + "]";
    }
}
