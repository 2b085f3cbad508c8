package org.credence.subject.internal.imports;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Encodes rows in PostgreSQL's COPY text format, in the column order of {@link #COLUMNS}: tab-separated, {@code \N}
 * for null, backslash escapes for the characters that would break a line or a field.
 */
final class CopyText {

    static final String COLUMNS = "kind, identifier_hash, identifier_cipher, identifier_key_id, identifier_masked,"
            + " name, region_code, birth_date, sex, organisation_type, registration_status, created_at, updated_at";

    private final StringBuilder text = new StringBuilder(1 << 20);

    byte[] encode(List<ImportRow> rows, OffsetDateTime now) {
        String timestamps = now + "\t" + now;
        text.setLength(0);
        for (ImportRow row : rows) {
            var stored = row.stored();
            text.append(row.kind()).append('\t').append(stored.hash()).append('\t');
            text.append(stored.cipher()).append('\t').append(stored.keyId()).append('\t');
            text.append(stored.masked()).append('\t');
            escape(row.name());
            text.append('\t').append(row.regionCode()).append('\t');
            field(row.birthDate() == null ? null : row.birthDate().toString());
            field(row.sex());
            field(row.organisationType());
            field(row.registrationStatus());
            text.append(timestamps).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void field(@Nullable String value) {
        text.append(value == null ? "\\N" : value).append('\t');
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
