package org.credence.access.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits anonymous requests and login attempts per client address (429 with a problem detail). Authenticated API
 * clients are not limited here: their volume is a matter of their agreement, not of abuse.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiterConfig publicLimit;
    private final RateLimiterConfig loginLimit;
    private final ProblemWriter problems;
    private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    RateLimitFilter(AccessProperties properties, ProblemWriter problems) {
        this.publicLimit = perMinute(properties.publicRequestsPerMinute());
        this.loginLimit = perMinute(properties.loginAttemptsPerMinute());
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean login = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        boolean anonymous = !ApiKeyAuthenticationFilter.presentsKey(request) && request.getSession(false) == null;
        if (login || anonymous) {
            String key = (login ? "login:" : "public:") + request.getRemoteAddr();
            RateLimiter limiter = limiters.get(key, k -> RateLimiter.of(k, login ? loginLimit : publicLimit));
            if (!limiter.acquirePermission()) {
                response.setHeader("Retry-After", "60");
                problems.write(
                        response,
                        429,
                        "rate-limited",
                        "Too many requests",
                        "too many requests from your address; retry later");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static RateLimiterConfig perMinute(int limit) {
        return RateLimiterConfig.custom()
                .limitForPeriod(limit)
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build();
    }
}
