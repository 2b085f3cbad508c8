package org.credence.access.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.credence.access.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API clients by the key in {@code Authorization: ApiKey <token>} or {@code X-API-Key}. A presented key
 * that is malformed, unknown, expired or revoked is refused with 401 at once rather than treated as anonymous, so that
 * a client with a broken key learns why. Verified keys are cached briefly: a revocation takes effect within
 * {@link #CACHE_TTL}.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final Duration CACHE_TTL = Duration.ofSeconds(10);

    private final JdbcAccounts accounts;
    private final ProblemWriter problems;
    private final Cache<String, Optional<Actor>> verified = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(CACHE_TTL)
            .build();

    ApiKeyAuthenticationFilter(JdbcAccounts accounts, ProblemWriter problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Actor> actor = verified.get(token, this::verify);
        if (actor.isEmpty()) {
            problems.write(
                    response, 401, "invalid-api-key", "Unauthorised", "the API key is unknown, expired or revoked");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(actor.get()));
        chain.doFilter(request, response);
    }

    private Optional<Actor> verify(String token) {
        return ApiKeyTokens.split(token).flatMap(parts -> accounts.actorForKey(parts[0], parts[1]));
    }

    static boolean presentsKey(HttpServletRequest request) {
        return token(request) != null;
    }

    private static @Nullable String token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "ApiKey ", 0, 7)) {
            return header.substring(7).strip();
        }
        String key = request.getHeader("X-API-Key");
        return key == null || key.isBlank() ? null : key.strip();
    }
}
