package org.credence.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.client.RestClient;

/**
 * OAuth2 client credentials from an external identity provider: a signed bearer token's claims become the actor, with
 * only the platform's roles and never the subject role. The provider is stood in for by a local key pair.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {org.credence.CredenceApplication.class, ExternalIdentityIntegrationTests.LocalIssuer.class})
class ExternalIdentityIntegrationTests {

    @Autowired
    JwtEncoder encoder;

    @LocalServerPort
    int port;

    @Test
    void mapsBearerTokenClaimsToAnActor() {
        String token = token(Map.of(
                "client_id", "procurement-system",
                "credence_organisation", "CCGP-FJ",
                "realm_access", Map.of("roles", List.of("approver", "offline_access", "SUBJECT"))));
        String me = call(token, "/api/v1/me");
        assertThat(me).contains("\"name\":\"procurement-system\"").contains("\"organisation\":\"CCGP-FJ\"");
        assertThat(me).contains("\"APPROVER\"").doesNotContain("SUBJECT").doesNotContain("offline_access");
    }

    @Test
    void appliesTheEndpointPolicyToBearerTokens() {
        String approver = token(Map.of("client_id", "x", "credence_roles", List.of("APPROVER")));
        assertThat(call(approver, "/api/v1/audit/verify")).contains("\"code\":\"forbidden\"");
        int status = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer not.a.jwt")
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(401);
    }

    private String token(Map<String, Object> claims) {
        var builder = JwtClaimsSet.builder()
                .issuer("https://idp.test")
                .subject("client")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
        claims.forEach(builder::claim);
        return encoder.encode(JwtEncoderParameters.from(builder.build())).getTokenValue();
    }

    private String call(String token, String uri) {
        return RestClient.create("http://localhost:" + port)
                .get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange((request, response) -> new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class LocalIssuer {

        private final KeyPair keys = generate();

        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic())
                    .build();
        }

        @Bean
        JwtEncoder jwtEncoder() {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                    .privateKey((RSAPrivateKey) keys.getPrivate())
                    .build();
            return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        }

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
