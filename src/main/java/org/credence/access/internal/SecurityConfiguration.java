package org.credence.access.internal;

import org.credence.access.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The filter chain: API keys for clients, form login for people, the endpoint table for authorisation, problem
 * details for 401 and 403, secure headers, CSRF protection for browser sessions (requests that carry an API key
 * cannot be forged by a browser and are exempt).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    UserDetailsService users(JdbcAccounts accounts) {
        return name -> accounts.user(name)
                .map(u ->
                        new ActorUserDetails(u.actor(), u.passwordHash() == null ? "" : u.passwordHash(), u.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Bean
    SecurityFilterChain credenceSecurity(
            HttpSecurity http,
            JdbcAccounts accounts,
            ProblemWriter problems,
            AccessProperties properties,
            ObjectProvider<JwtDecoder> jwtDecoder,
            ObjectProvider<ClientRegistrationRepository> oidcClients)
            throws Exception {
        // An external identity provider, when one is configured (spring.security.oauth2.*): bearer tokens for API
        // clients (client credentials), OpenID Connect login for people.
        bearerTokens(http, jwtDecoder);
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(request -> {
                var user = new OidcUserService().loadUser(request);
                var actor = ExternalIdentity.actor(user.getClaims());
                return new DefaultOidcUser(
                        ActorAuthentication.authorities(actor), user.getIdToken(), user.getUserInfo());
            })));
        }
        common(http, accounts, problems, properties)
                .formLogin(form -> form.permitAll())
                .logout(logout -> logout.permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::carriesToken));
        return http.build();
    }

    /**
     * Requests that present a key or token (API clients): authenticated afresh on every request, so no session is
     * created or read (a session per call would cost memory and a cookie nobody sends back), and no CSRF token, as a
     * header token cannot be forged by another site. Same rules, rate limit and errors as the browser chain.
     */
    @Bean
    @Order(1)
    SecurityFilterChain tokenSecurity(
            HttpSecurity http,
            JdbcAccounts accounts,
            ProblemWriter problems,
            AccessProperties properties,
            ObjectProvider<JwtDecoder> jwtDecoder)
            throws Exception {
        bearerTokens(http, jwtDecoder);
        http.securityMatcher(SecurityConfiguration::carriesToken);
        common(http, accounts, problems, properties)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Bearer tokens of the external identity provider, when one is configured. */
    private static void bearerTokens(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(server -> server.jwt(
                    jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(ExternalIdentity::authentication)));
        }
    }

    /** What both chains share: the endpoint rules, rate limit, API keys, headers and problem-detail errors. */
    private HttpSecurity common(
            HttpSecurity http, JdbcAccounts accounts, ProblemWriter problems, AccessProperties properties)
            throws Exception {
        return http.authorizeHttpRequests(this::authorise)
                .addFilterBefore(new RateLimitFilter(properties, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new ApiKeyAuthenticationFilter(accounts, problems), UsernamePasswordAuthenticationFilter.class)
                .httpBasic(basic -> basic.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                        + " script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problems.write(
                                response,
                                401,
                                "unauthenticated",
                                "Unauthorised",
                                "this endpoint needs an API key (Authorization: ApiKey <token>) or a login"))
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response, 403, "forbidden", "Forbidden", "your role may not call this endpoint")));
    }

    /** Requests authenticated by a header token cannot be forged by another site; browser sessions can. */
    private static boolean carriesToken(jakarta.servlet.http.HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return ApiKeyAuthenticationFilter.presentsKey(request)
                || (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    private void authorise(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        for (EndpointPolicy.Rule rule : EndpointPolicy.RULES) {
            var matcher = PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern());
            if (rule.isPublic()) {
                requests.requestMatchers(matcher).permitAll();
            } else {
                requests.requestMatchers(matcher)
                        .hasAnyAuthority(
                                rule.roles().stream().map(Role::authority).toArray(String[]::new));
            }
        }
        requests.requestMatchers("/login", "/logout").permitAll().anyRequest().denyAll();
    }
}
