package org.credence.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * API key tokens: {@code cr_<keyId>.<secret>}. The secret has 256 random bits, so a plain SHA-256 is enough to store
 * it (a slow password hash protects guessable secrets, which these are not) and keeps verification cheap.
 */
final class ApiKeyTokens {

    private ApiKeyTokens() {}

    /** The key id and secret of a well-formed token. */
    static Optional<String[]> split(String token) {
        if (!token.startsWith("cr_")) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 4 || dot == token.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new String[] {token.substring(3, dot), token.substring(dot + 1)});
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Constant-time comparison of a presented secret with a stored hash. */
    static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
