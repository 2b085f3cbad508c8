package org.credence.subject;

import java.util.Locale;
import java.util.Optional;

/** The file formats of a bulk subject import: one record per line, fields {@code identifier, name, region_code, registration_status}. */
public enum ImportFormat {
    /** Comma-separated values with a header row naming the columns. */
    CSV,
    /** JSON Lines: one JSON object per line. */
    JSON_LINES;

    /** The format named {@code csv}, {@code jsonl} (also {@code ndjson}, {@code json-lines}), in any case. */
    public static Optional<ImportFormat> named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> Optional.of(CSV);
            case "jsonl", "ndjson", "json-lines", "json_lines" -> Optional.of(JSON_LINES);
            default -> Optional.empty();
        };
    }

    /** The format that a file name's extension stands for ({@code .csv}, {@code .jsonl}, {@code .ndjson}). */
    public static Optional<ImportFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : named(fileName.substring(dot + 1));
    }
}
