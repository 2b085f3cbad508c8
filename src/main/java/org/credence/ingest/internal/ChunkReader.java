package org.credence.ingest.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.credence.ingest.BatchFormat;
import org.credence.shared.FieldProblem;

/**
 * Reads a submitted file chunk by chunk, checking each line: unreadable (too long, bad encoding), empty, malformed
 * for its format, or breaking a catalogue rule. Holds one chunk at a time, whatever the file's size.
 */
final class ChunkReader implements Closeable {

    /** The lines of one chunk, in order, and the number of the last line read. */
    record Chunk(List<LineCheck> lines, long lastLine) {}

    /** The lines of one chunk as read, not yet checked. */
    record RawChunk(List<SourceLine> lines, long lastLine) {}

    /** The outcome of opening a file: a reader, or the header's problems (CSV), all on line 1. */
    sealed interface Opened {}

    record Ready(ChunkReader reader) implements Opened {}

    record BadHeader(List<FieldProblem> problems) implements Opened {}

    private final LineReader lines;
    private final Function<String, ParsedLine> parser;
    private final LineValidator validator;
    private long lastLine;

    private ChunkReader(
            LineReader lines, Function<String, ParsedLine> parser, LineValidator validator, long headerLines) {
        this.lines = lines;
        this.lastLine = headerLines;
        this.parser = parser;
        this.validator = validator;
    }

    static Opened open(InputStream in, BatchFormat format, int maxLineBytes, LineValidator validator)
            throws IOException {
        LineReader lines = new LineReader(in, maxLineBytes);
        if (format == BatchFormat.JSON_LINES) {
            return new Ready(new ChunkReader(lines, new JsonLineParser()::parse, validator, 0));
        }
        SourceLine header = lines.next();
        List<FieldProblem> problems;
        if (header == null) {
            problems = List.of(
                    new FieldProblem("header", "empty-file", "the file is empty; a CSV file starts with a header"));
        } else if (header instanceof SourceLine.Unreadable unreadable) {
            problems = List.of(new FieldProblem("header", unreadable.code(), unreadable.message()));
        } else {
            var parsed = CsvLineParser.header(((SourceLine.Text) header).text());
            if (parsed.parser() != null) {
                return new Ready(new ChunkReader(lines, parsed.parser()::parse, validator, 1));
            }
            problems = parsed.problems();
        }
        lines.close();
        return new BadHeader(problems);
    }

    /** Skips the lines up to and including {@code line}, which an earlier run already stored. */
    void skipTo(long line) throws IOException {
        SourceLine next;
        while (lastLine < line && (next = lines.next()) != null) {
            lastLine = next.number();
        }
    }

    /** The next chunk of at most {@code max} lines, checked; empty at the end of the file. */
    Chunk next(int max) throws IOException {
        return check(nextRaw(max));
    }

    /** The next chunk of at most {@code max} lines as read; empty at the end of the file. */
    RawChunk nextRaw(int max) throws IOException {
        List<SourceLine> read = new ArrayList<>(Math.min(max, 1024));
        SourceLine line;
        while (read.size() < max && (line = lines.next()) != null) {
            read.add(line);
            lastLine = line.number();
        }
        return new RawChunk(read, lastLine);
    }

    /** Checks the lines of a chunk read by {@link #nextRaw}; safe to call from several threads at once. */
    Chunk check(RawChunk raw) {
        List<LineCheck> checks = new ArrayList<>(raw.lines().size());
        for (SourceLine line : raw.lines()) {
            checks.add(check(line));
        }
        return new Chunk(checks, raw.lastLine());
    }

    private LineCheck check(SourceLine line) {
        return switch (line) {
            case SourceLine.Unreadable u -> LineCheck.Rejected.of(u.number(), "line", u.code(), u.message());
            case SourceLine.Text t
            when t.text().isBlank() -> LineCheck.Rejected.of(t.number(), "line", "empty-line", "the line is empty");
            case SourceLine.Text t -> parsed(t.number(), parser.apply(t.text()));
        };
    }

    private LineCheck parsed(long number, ParsedLine parsed) {
        return switch (parsed) {
            case ParsedLine.Malformed m -> new LineCheck.Rejected(number, m.problems());
            case ParsedLine.Fields f -> validator.check(number, f.submission());
        };
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
