package org.credence.record.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes kept in small segments rather than one growing array: a chunk's COPY data runs to megabytes, and one large
 * array would be a humongous object to the garbage collector, promoted at once and freed late.
 */
final class CopyBuffer extends OutputStream {

    private static final int SEGMENT = 32 * 1024;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[SEGMENT];
    private int position;

    @Override
    public void write(int b) {
        if (position == SEGMENT) {
            full.add(current);
            current = new byte[SEGMENT];
            position = 0;
        }
        current[position++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        int written = 0;
        while (written < length) {
            if (position == SEGMENT) {
                full.add(current);
                current = new byte[SEGMENT];
                position = 0;
            }
            int n = Math.min(length - written, SEGMENT - position);
            System.arraycopy(bytes, offset + written, current, position, n);
            position += n;
            written += n;
        }
    }

    void writeTo(OutputStream out) throws IOException {
        for (byte[] segment : full) {
            out.write(segment);
        }
        out.write(current, 0, position);
    }
}
