package org.credence.record.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Big-endian bytes kept in small segments rather than one growing array: a chunk's COPY data runs to megabytes, and one
 * large array would be a humongous object to the garbage collector, promoted at once and freed late. Numbers are
 * written straight into the segment (no stream in between: a million records are some 36 million fields).
 */
final class CopyBuffer {

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

    void putShort(int value) {
        room(2);
        SHORT.set(current, position, (short) value);
        position += 2;
    }

    void putInt(int value) {
        room(4);
        INT.set(current, position, value);
        position += 4;
    }

    void putLong(long value) {
        room(8);
        LONG.set(current, position, value);
        position += 8;
    }

    void put(byte[] bytes) {
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

    void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < full.size(); i++) {
            out.write(full.get(i), 0, fullLengths.get(i));
        }
        out.write(current, 0, position);
    }
}
