package org.credence.subject;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk import did: data lines read, subjects put on file ({@code accepted}), changed ({@code updated}), found
 * identical ({@code unchanged}), and lines rejected. {@code rejectedLines} details the first rejected lines in file
 * order (at most a configured number); {@code rejected} counts them all.
 */
public record ImportReport(
        long lines, long accepted, long updated, long unchanged, long rejected, List<RejectedLine> rejectedLines) {

    public ImportReport {
        rejectedLines = List.copyOf(rejectedLines);
    }

    /**
     * A line that was not imported: its 1-based physical line number (the CSV header is line 1), the field at fault
     * ({@code null} when the whole line is), a stable code and a message that never repeats the identifier.
     */
    public record RejectedLine(long line, @Nullable String field, String code, String message) {}
}
