package org.credence.subject.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Protects official identifiers at rest: AES-256-GCM encryption under the active key (its id stored beside the
 * value, so that keys can rotate), and an HMAC-SHA-256 keyed hash for lookup and uniqueness. The key id is bound to
 * the ciphertext as associated data, so a value cannot be passed off as encrypted under another key.
 *
 * <p>Thread-safe: JCE objects are kept per thread.
 */
public final class IdentifierProtector {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String activeKeyId;
    private final Map<String, SecretKeySpec> encryptionKeys;
    private final SecretKeySpec lookupKey;
    // Looking a JCE implementation up costs more than using it: one instance per thread, initialised per use.
    private final ThreadLocal<Cipher> ciphers =
            ThreadLocal.withInitial(() -> jce(() -> Cipher.getInstance("AES/GCM/NoPadding")));
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> jce(this::newMac));

    IdentifierProtector(String activeKeyId, Map<String, byte[]> encryptionKeys, byte[] lookupKey) {
        if (!encryptionKeys.containsKey(activeKeyId)) {
            throw new IllegalStateException("the active identifier key " + activeKeyId + " is not among the keys");
        }
        encryptionKeys.forEach((id, key) -> requireLength(id, key));
        requireLength("lookup", lookupKey);
        this.activeKeyId = activeKeyId;
        this.encryptionKeys = Map.copyOf(encryptionKeys.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> new SecretKeySpec(e.getValue(), "AES"))));
        this.lookupKey = new SecretKeySpec(lookupKey, "HmacSHA256");
    }

    /** Hash, ciphertext under the active key, key id and masked form of a valid identifier. */
    public ProtectedIdentifier protect(org.credence.subject.SubjectIdentifier identifier) {
        return new ProtectedIdentifier(
                lookupHash(identifier.value()), encrypt(identifier.value()), activeKeyId, identifier.masked());
    }

    String activeKeyId() {
        return activeKeyId;
    }

    /** The keyed hash that the database looks identifiers up by (hex, 64 characters). */
    public String lookupHash(String identifier) {
        return HexFormat.of().formatHex(macs.get().doFinal(identifier.getBytes(StandardCharsets.US_ASCII)));
    }

    /** IV and ciphertext with tag, base64, under the active key. */
    String encrypt(String identifier) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKeys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(activeKeyId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(identifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** The clear identifier; fails if the key is unknown or the value was tampered with. */
    String decrypt(String keyId, String encrypted) {
        SecretKeySpec key = encryptionKeys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("identifier key " + keyId + " is not configured");
        }
        byte[] bytes = Base64.getDecoder().decode(encrypted);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "identifier under key " + keyId + " does not decrypt: tampered or wrong key", e);
        }
    }

    private Mac newMac() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(lookupKey);
        return mac;
    }

    private interface JceSupplier<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T jce(JceSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JCE algorithm unavailable", e);
        }
    }

    private static void requireLength(String id, byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("identifier key " + id + " must be 256 bits (32 bytes), is " + key.length);
        }
    }
}
