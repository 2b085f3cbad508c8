package org.credence.rating.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.BiPredicate;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the credit records of a full re-rating from PostgreSQL's {@code COPY … TO STDOUT} text rows, columns as in
 * {@link TablePopulationReader#RECORD_COLUMNS}, straight from the bytes: numbers and dates without an intermediate
 * string, the few distinct codes (editions, record types) as one shared string each. Reading millions of records
 * through a result set spends most of its time making a string of every column; this is what the reference of the
 * re-rating benchmark (the same {@code COPY}) does not pay.
 *
 * <p>Not thread-safe: one per reading thread.
 */
final class CopyRecordDecoder {

    private static final int COLUMNS = 12;

    private final BiPredicate<String, String> repairable;
    private final Codes codes = new Codes();
    private final int[] starts = new int[COLUMNS];
    private final int[] ends = new int[COLUMNS];

    /** @param repairable whether a record type of a catalogue edition can be repaired (edition, type) */
    CopyRecordDecoder(BiPredicate<String, String> repairable) {
        this.repairable = repairable;
    }

    /** A decoded row: its subject, and the record as the rater reads it. */
    record Row(long subjectId, RecordFact record) {}

    Row decode(byte[] line) {
        split(line);
        String edition = codes.of(line, 2);
        String type = codes.of(line, 3);
        String severity = text(line, 5);
        return new Row(
                number(line, 1),
                new RecordFact(
                        number(line, 0),
                        type,
                        Polarity.valueOf(codes.of(line, 4)),
                        severity == null ? null : Severity.valueOf(severity),
                        RecordStatus.valueOf(codes.of(line, 6)),
                        requireDate(line, 7),
                        date(line, 8),
                        date(line, 9),
                        date(line, 10),
                        date(line, 11),
                        repairable.test(edition, type)));
    }

    /** Field boundaries; a trailing newline, if the row has one, is not part of the last field. */
    private void split(byte[] line) {
        int end = line.length;
        if (end > 0 && line[end - 1] == '\n') {
            end--;
        }
        int field = 0;
        starts[0] = 0;
        for (int i = 0; i < end; i++) {
            if (line[i] == '\t') {
                if (field == COLUMNS - 1) {
                    throw malformed(line, "more than " + COLUMNS + " columns");
                }
                ends[field] = i;
                starts[++field] = i + 1;
            }
        }
        if (field != COLUMNS - 1) {
            throw malformed(line, (field + 1) + " columns instead of " + COLUMNS);
        }
        ends[field] = end;
    }

    private boolean isNull(byte[] line, int column) {
        return ends[column] - starts[column] == 2 && line[starts[column]] == '\\' && line[starts[column] + 1] == 'N';
    }

    private long number(byte[] line, int column) {
        int i = starts[column];
        int end = ends[column];
        boolean negative = i < end && line[i] == '-';
        if (negative) {
            i++;
        }
        if (i == end) {
            throw malformed(line, "column " + column + " is not a number");
        }
        long value = 0;
        for (; i < end; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9) {
                throw malformed(line, "column " + column + " is not a number");
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    private @Nullable String text(byte[] line, int column) {
        return isNull(line, column) ? null : codes.of(line, column);
    }

    private LocalDate requireDate(byte[] line, int column) {
        LocalDate date = date(line, column);
        if (date == null) {
            throw malformed(line, "column " + column + " is null");
        }
        return date;
    }

    /** An ISO date ({@code yyyy-mm-dd}, as PostgreSQL writes a DATE with the default DateStyle). */
    private @Nullable LocalDate date(byte[] line, int column) {
        if (isNull(line, column)) {
            return null;
        }
        int s = starts[column];
        if (ends[column] - s != 10 || line[s + 4] != '-' || line[s + 7] != '-') {
            return LocalDate.parse(new String(line, s, ends[column] - s, StandardCharsets.UTF_8));
        }
        return LocalDate.of(digits(line, s, 4), digits(line, s + 5, 2), digits(line, s + 8, 2));
    }

    private static int digits(byte[] line, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (line[i] - '0');
        }
        return value;
    }

    private static IllegalStateException malformed(byte[] line, String why) {
        return new IllegalStateException(
                "unreadable COPY row (" + why + "): " + new String(line, StandardCharsets.UTF_8).strip());
    }

    /**
     * The distinct texts seen so far, found by their bytes in a small open-addressing table: a column of few distinct
     * values (edition, type, polarity, status, severity) costs no new string per row. Beyond its capacity a text is
     * simply not remembered. Codes never hold COPY escapes (backslashes).
     */
    private final class Codes {
        private static final int SLOTS = 1024;
        private final byte[][] bytes = new byte[SLOTS][];
        private final String[] texts = new String[SLOTS];
        private int size;

        String of(byte[] line, int column) {
            int from = starts[column];
            int to = ends[column];
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + line[i];
            }
            int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
            while (bytes[slot] != null) {
                if (Arrays.equals(bytes[slot], 0, bytes[slot].length, line, from, to)) {
                    return texts[slot];
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            byte[] copy = Arrays.copyOfRange(line, from, to);
            String text = new String(copy, StandardCharsets.UTF_8);
            if (text.indexOf('\\') >= 0) {
                throw malformed(line, "column " + column + " holds an escape");
            }
            if (size < SLOTS / 2) {
                bytes[slot] = copy;
                texts[slot] = text;
                size++;
            }
            return text;
        }
    }
}
