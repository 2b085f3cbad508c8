package org.credence.access.internal;

import java.util.Optional;
import org.credence.access.Actor;
import org.credence.access.CurrentActor;
import org.credence.access.Purpose;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The caller from Spring Security's context; the purpose from the request, once the interceptor accepted it. */
@Component
class SecurityCurrentActor implements CurrentActor {

    @Override
    public Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Actor.ANONYMOUS;
        }
        return switch (authentication.getPrincipal()) {
            case Actor actor -> actor;
            case ActorUserDetails user -> user.actor();
            case OidcUser user -> ExternalIdentity.actor(user.getClaims());
            case null, default -> Actor.ANONYMOUS;
        };
    }

    @Override
    public Optional<Purpose> purpose() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null
                ? Optional.empty()
                : Optional.ofNullable((Purpose)
                        attributes.getAttribute(AccessInterceptor.PURPOSE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }
}
