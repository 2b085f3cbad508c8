package org.credence.subject;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk import did: data lines read (not counting a CSV header or blank lines), subjects put on file
 * ({@code accepted}), changed ({@code updated}), found identical ({@code unchanged}), and lines rejected.
 * {@code rejectedLines} details the first rejected lines in file order (at most a configured number); {@code rejected}
 * counts them all.
 */
public record ImportReport(
        long lines, long accepted, long updated, long unchanged, long rejected, List<RejectedLine> rejectedLines) {

    public ImportReport {
        rejectedLines = List.copyOf(rejectedLines);
    }

    /**
     * A line that was not imported: its 1-based physical line number (the CSV header is line 1), the field at fault
     * ({@code null} when the whole line is), a stable code and a message that never repeats the identifier. Codes:
     * the {@code identifier-*} codes of {@link IdentifierParse.Reason}, {@code missing-field}, {@code empty-name},
     * {@code name-too-long}, {@code invalid-region}, {@code invalid-status}, {@code field-not-applicable} (a
     * registration status for a person), {@code wrong-type} (JSON), {@code malformed-line}, {@code invalid-encoding}
     * (not UTF-8), {@code line-too-long}, {@code duplicate-identifier} (a later line of the same input).
     */
    public record RejectedLine(long line, @Nullable String field, String code, String message) {}
}
