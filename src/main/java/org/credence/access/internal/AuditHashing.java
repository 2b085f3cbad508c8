package org.credence.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The chain's hash: SHA-256 over the previous entry's hash and a canonical, length-prefixed encoding of the entry, its
 * id and its chain position, so that a changed field, a moved row or a removed row all change what verification
 * computes.
 */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);

    private AuditHashing() {}

    static String hash(String previousHash, long position, SealedFields fields) {
        StringBuilder canonical = new StringBuilder(256).append(previousHash);
        append(canonical, Long.toString(position));
        append(canonical, Long.toString(fields.entryId()));
        append(canonical, Long.toString(fields.occurredAtMicros()));
        append(canonical, fields.actor());
        append(canonical, fields.organisation());
        append(canonical, fields.action());
        append(canonical, fields.subjectId() == null ? null : Long.toString(fields.subjectId()));
        append(canonical, fields.purpose());
        append(canonical, fields.caseNumber());
        append(canonical, fields.outcome());
        append(canonical, fields.detail());
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void append(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append("|-");
        } else {
            out.append('|').append(value.length()).append(':').append(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The stored fields that the hash covers. */
    record SealedFields(
            long entryId,
            long occurredAtMicros,
            String actor,
            @Nullable String organisation,
            String action,
            @Nullable Long subjectId,
            @Nullable String purpose,
            @Nullable String caseNumber,
            String outcome,
            @Nullable String detail) {}
}
