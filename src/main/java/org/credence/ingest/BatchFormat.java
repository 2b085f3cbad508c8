package org.credence.ingest;

import java.util.Locale;
import java.util.Optional;

/** The file formats of a bulk submission: one record per line either way. */
public enum BatchFormat {
    CSV,
    JSON_LINES;

    /** The format a file name implies: {@code .csv}, or {@code .jsonl} / {@code .ndjson}. */
    public static Optional<BatchFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        return Optional.empty();
    }
}
