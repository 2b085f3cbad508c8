package org.credence.subject.internal;

/**
 * An identifier as the subject table stores it: keyed hash for lookup, ciphertext and key id, masked display form.
 */
public record ProtectedIdentifier(String hash, String cipher, String keyId, String masked) {}
