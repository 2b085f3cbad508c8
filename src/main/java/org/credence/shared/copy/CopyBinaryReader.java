package org.credence.shared.copy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Reads rows of PostgreSQL's binary {@code COPY … TO STDOUT} format (as {@link CopyBinary} writes them) straight from
 * the messages the server sends: numbers and dates without text in between, short codes as one shared string each. A
 * field may span messages (the server sends a row a message, but nothing here relies on it).
 *
 * <p>Not thread-safe: one per reading thread and COPY.
 */
public final class CopyBinaryReader {

    /** The data as the driver hands it over, a message at a time; {@code null} at the end. */
    @FunctionalInterface
    public interface Source {
        byte @Nullable [] next() throws SQLException;
    }

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final Instant POSTGRES_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /**
     * The dates of 1950 to 2099, made once each: a population's records hold a few thousand distinct dates, read
     * millions of times.
     */
    private static final int CACHED_BEFORE_2000 = 50 * 366;

    private static final @Nullable LocalDate[] DATES = new LocalDate[150 * 366];

    private final Source source;
    private final Codes codes = new Codes();
    private byte[] data = new byte[0];
    private int position;
    private boolean started;
    private long rows;

    /** Reads the rows of a query's binary COPY. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(Source source) throws SQLException;
    }

    /**
     * Runs {@code COPY (query) TO STDOUT (FORMAT binary)} on the caller's transaction's connection (or one of its own)
     * and reads it to the end. COPY takes no parameters: the query holds its numbers as literals.
     */
    public static <T> T query(DataSource dataSource, String query, Reading<T> reading) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyOut copy = null;
        try {
            copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyOut("COPY (" + query + ") TO STDOUT (FORMAT binary)");
            T read = reading.read(copy::readFromCopy);
            // the trailer is not the end of the data: the COPY ends when the driver has read it all
            if (copy.readFromCopy() != null) {
                throw new IllegalStateException("data after the trailer of the COPY of " + query);
            }
            return read;
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + query + " failed", e);
        } finally {
            if (copy != null && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    // a connection still inside a COPY must not go back to the pool for someone else
                    try {
                        connection.abort(Runnable::run);
                    } catch (SQLException abortFailed) {
                        e.addSuppressed(abortFailed);
                    }
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    public CopyBinaryReader(Source source) {
        this.source = source;
    }

    /** Starts the next row and checks its number of fields; false at the end of the data. */
    public boolean nextRow(int fields) throws SQLException {
        if (!started) {
            header();
            started = true;
        }
        if (!available(2)) {
            throw malformed("the data ends without its trailer");
        }
        int count = (short) SHORT.get(data, position);
        position += 2;
        if (count == -1) {
            return false;
        }
        if (count != fields) {
            throw malformed("a row of " + count + " fields where " + fields + " were expected");
        }
        rows++;
        return true;
    }

    /** A BIGINT that may not be null. */
    public long int8() throws SQLException {
        if (length() != 8) {
            throw malformed("a BIGINT of other than 8 bytes (or null)");
        }
        long value = (long) LONG.get(data, position);
        position += 8;
        return value;
    }

    /** A DATE, or null. */
    public @Nullable LocalDate date() throws SQLException {
        int length = length();
        if (length == -1) {
            return null;
        }
        if (length != 4) {
            throw malformed("a DATE of " + length + " bytes");
        }
        int days = (int) INT.get(data, position);
        position += 4;
        int slot = days + CACHED_BEFORE_2000;
        if (slot < 0 || slot >= DATES.length) {
            return LocalDate.ofEpochDay(POSTGRES_EPOCH_DAY + days);
        }
        LocalDate date = DATES[slot];
        if (date == null) {
            date = LocalDate.ofEpochDay(POSTGRES_EPOCH_DAY + days);
            DATES[slot] = date; // a race stores equal dates: LocalDate is immutable, any of them will do
        }
        return date;
    }

    /** A TIMESTAMP WITH TIME ZONE that may not be null, at UTC (microseconds since 2000-01-01, as stored). */
    public OffsetDateTime requiredTimestamp() throws SQLException {
        return OffsetDateTime.ofInstant(POSTGRES_EPOCH.plus(int8(), ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** A DATE that may not be null. */
    public LocalDate requiredDate() throws SQLException {
        LocalDate date = date();
        if (date == null) {
            throw malformed("a null DATE where one is required");
        }
        return date;
    }

    /**
     * A text of few distinct values (a code), or null: the same bytes give the same string, found in a small table
     * rather than decoded again.
     */
    public @Nullable String code() throws SQLException {
        int length = length();
        if (length == -1) {
            return null;
        }
        String text = codes.of(data, position, position + length);
        position += length;
        return text;
    }

    /** A code that may not be null. */
    public String requiredCode() throws SQLException {
        String code = code();
        if (code == null) {
            throw malformed("a null text where one is required");
        }
        return code;
    }

    /** The next field's length (-1 for null), with the field's bytes then available in {@code data}. */
    private int length() throws SQLException {
        if (!available(4)) {
            throw malformed("the data ends inside a row");
        }
        int length = (int) INT.get(data, position);
        position += 4;
        if (length > 0 && !available(length)) {
            throw malformed("the data ends inside a field");
        }
        return length;
    }

    private void header() throws SQLException {
        if (!available(SIGNATURE.length + 8)
                || !Arrays.equals(data, position, position + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw malformed("no binary COPY signature");
        }
        position += SIGNATURE.length + 4; // and the flags
        int extension = (int) INT.get(data, position);
        position += 4;
        if (extension < 0 || !available(extension)) {
            throw malformed("a header extension that does not fit");
        }
        position += extension;
    }

    /** Whether {@code bytes} more can be read from {@code position}, taking in messages as needed. */
    private boolean available(int bytes) throws SQLException {
        while (data.length - position < bytes) {
            byte[] next = source.next();
            if (next == null) {
                return false;
            }
            if (position == data.length) {
                data = next;
            } else {
                byte[] joined = Arrays.copyOfRange(data, position, data.length + next.length);
                System.arraycopy(next, 0, joined, data.length - position, next.length);
                data = joined;
            }
            position = 0;
        }
        return true;
    }

    private IllegalStateException malformed(String why) {
        return new IllegalStateException("unreadable binary COPY data after " + rows + " rows: " + why);
    }

    /**
     * The distinct texts seen so far, found by their bytes in a small open-addressing table. Beyond its capacity a
     * text is simply not remembered.
     */
    private static final class Codes {
        private static final int SLOTS = 1024;
        private final byte[][] bytes = new byte[SLOTS][];
        private final String[] texts = new String[SLOTS];
        private int size;

        String of(byte[] data, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + data[i];
            }
            int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
            while (bytes[slot] != null) {
                if (Arrays.equals(bytes[slot], 0, bytes[slot].length, data, from, to)) {
                    return texts[slot];
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            byte[] copy = Arrays.copyOfRange(data, from, to);
            String text = new String(copy, StandardCharsets.UTF_8);
            if (size < SLOTS / 2) {
                bytes[slot] = copy;
                texts[slot] = text;
                size++;
            }
            return text;
        }
    }
}
