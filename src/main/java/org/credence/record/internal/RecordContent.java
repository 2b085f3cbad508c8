package org.credence.record.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.credence.record.FieldChange;
import org.credence.record.RecordFiling;
import org.jspecify.annotations.Nullable;

/**
 * The part of a record a provider submits and may correct. Two submissions are the same when this content is equal;
 * the hash lets the bulk path compare without reading the stored content back.
 */
record RecordContent(
        String recordType,
        @Nullable String severity,
        @Nullable String decisionNumber,
        @Nullable String legalBasis,
        LocalDate decisionDate,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        String summary,
        @Nullable String payload) {

    private static final char SEPARATOR = '\u001f';
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(RecordContent::sha256);
    private static final String ABSENT = "\u0000";

    static RecordContent of(RecordFiling filing) {
        return new RecordContent(
                filing.type().code(),
                filing.severity() == null ? null : filing.severity().name(),
                filing.decisionNumber(),
                filing.legalBasis(),
                filing.decisionDate(),
                filing.effectiveFrom(),
                filing.effectiveTo(),
                filing.summary(),
                filing.payload());
    }

    /** 128 bits of SHA-256 over the fields in order, as 32 hex digits. */
    String hash() {
        StringBuilder text = new StringBuilder(256);
        for (Object value : values()) {
            text.append(value == null ? ABSENT : value.toString()).append(SEPARATOR);
        }
        byte[] digest = SHA_256.get().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The fields that differ from {@code newer}, with both values as text. */
    List<FieldChange> changesTo(RecordContent newer) {
        List<String> names = List.of(
                "recordType",
                "severity",
                "decisionNumber",
                "legalBasis",
                "decisionDate",
                "effectiveFrom",
                "effectiveTo",
                "summary",
                "payload");
        List<@Nullable Object> before = values();
        List<@Nullable Object> after = newer.values();
        List<FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!Objects.equals(before.get(i), after.get(i))) {
                changes.add(new FieldChange(names.get(i), text(before.get(i)), text(after.get(i))));
            }
        }
        return changes;
    }

    private List<@Nullable Object> values() {
        List<@Nullable Object> values = new ArrayList<>(9);
        values.add(recordType);
        values.add(severity);
        values.add(decisionNumber);
        values.add(legalBasis);
        values.add(decisionDate);
        values.add(effectiveFrom);
        values.add(effectiveTo);
        values.add(summary);
        values.add(payload);
        return values;
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
