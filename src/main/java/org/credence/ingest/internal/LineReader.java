package org.credence.ingest.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file line by line in bounded memory: lines end with LF or CRLF, are decoded as strict UTF-8 (a leading byte
 * order mark is dropped), and a line longer than the limit is skipped without being held, reported as oversized.
 */
final class LineReader implements Closeable {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[1024];
    private int bufferLength;
    private int bufferPosition;
    private long number;
    private boolean ended;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or {@code null} at the end of the file. */
    @Nullable
    SourceLine next() throws IOException {
        if (ended) {
            return null;
        }
        int length = 0;
        long fullLength = 0;
        while (true) {
            if (bufferPosition == bufferLength && !fill()) {
                ended = true;
                if (fullLength == 0) {
                    return null;
                }
                break;
            }
            byte b = buffer[bufferPosition++];
            if (b == '\n') {
                break;
            }
            fullLength++;
            if (fullLength <= maxLineBytes) {
                if (length == line.length) {
                    line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
                }
                line[length++] = b;
            }
        }
        number++;
        if (fullLength > maxLineBytes) {
            return new SourceLine.Unreadable(
                    number,
                    "line-too-long",
                    "the line has " + fullLength + " bytes, more than the limit of " + maxLineBytes);
        }
        return decode(length);
    }

    private SourceLine decode(int length) {
        int start = number == 1 && startsWithByteOrderMark(length) ? 3 : 0;
        int end = length > start && line[length - 1] == '\r' ? length - 1 : length;
        ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        CharBuffer chars = CharBuffer.allocate(end - start);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            return new SourceLine.Unreadable(
                    number, "bad-encoding", "the line is not valid UTF-8 at byte " + (bytes.position() + 1 - start));
        }
        decoder.flush(chars);
        chars.flip();
        return new SourceLine.Text(number, chars.toString());
    }

    private boolean startsWithByteOrderMark(int length) {
        return length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF;
    }

    private boolean fill() throws IOException {
        bufferLength = in.read(buffer);
        bufferPosition = 0;
        if (bufferLength <= 0) {
            bufferLength = 0;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
