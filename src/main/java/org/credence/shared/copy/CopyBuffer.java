package org.credence.shared.copy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Big-endian bytes kept in small segments rather than one growing array: a chunk's COPY data runs to megabytes, and one
 * large array would be a humongous object to the garbage collector, promoted at once and freed late. Numbers are
 * written straight into the segment (no stream in between: a million records are some 36 million fields).
 */
public final class CopyBuffer {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int SEGMENT = 32 * 1024;
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final List<byte[]> full = new ArrayList<>();
    private final List<Integer> fullLengths = new ArrayList<>();
    private byte[] current = new byte[SEGMENT];
    private int position;

    /** Room for {@code bytes} more in the current segment, starting a new one when they would not fit. */
    private void room(int bytes) {
        if (SEGMENT - position < bytes) {
            full.add(current);
            fullLengths.add(position);
            current = new byte[SEGMENT];
            position = 0;
        }
    }

    public void putShort(int value) {
        room(2);
        SHORT.set(current, position, (short) value);
        position += 2;
    }

    public void putInt(int value) {
        room(4);
        INT.set(current, position, value);
        position += 4;
    }

    public void putLong(long value) {
        room(8);
        LONG.set(current, position, value);
        position += 8;
    }

    /** The characters as bytes; the caller has checked that each is ASCII. */
    void putAscii(CharSequence chars) {
        int length = chars.length();
        if (length > SEGMENT) {
            put(chars.toString().getBytes(StandardCharsets.US_ASCII));
            return;
        }
        room(length);
        for (int i = 0; i < length; i++) {
            current[position + i] = (byte) chars.charAt(i);
        }
        position += length;
    }

    public void put(byte[] bytes) {
        int written = 0;
        while (written < bytes.length) {
            if (position == SEGMENT) {
                room(1);
            }
            int n = Math.min(bytes.length - written, SEGMENT - position);
            System.arraycopy(bytes, written, current, position, n);
            position += n;
            written += n;
        }
    }

    /**
     * Streams the data with the {@code COPY … FROM STDIN (FORMAT binary)} statement on the connection of the caller's
     * transaction; a key already stored fails it with a {@link DuplicateKeyException}.
     */
    public void copyInto(DataSource dataSource, String copyStatement) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            try (var copy = new PGCopyOutputStream(con.unwrap(PGConnection.class), copyStatement, 1 << 16)) {
                writeTo(copy);
            }
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                throw new DuplicateKeyException("a key of this COPY was stored meanwhile", cause);
            }
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new DuplicateKeyException("a key of this COPY was stored meanwhile", e);
            }
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < full.size(); i++) {
            out.write(full.get(i), 0, fullLengths.get(i));
        }
        out.write(current, 0, position);
    }
}
