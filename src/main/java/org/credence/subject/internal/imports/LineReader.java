package org.credence.subject.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into lines (LF or CRLF) and decodes each one as strict UTF-8 on its own, so that a bad byte or
 * an oversized line costs that line only. Holds one line at a time, whatever the size of the stream.
 */
final class LineReader {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;
    private boolean endOfInput;
    private byte[] line = new byte[512];
    private int length;
    private boolean tooLong;
    private long number;
    private @Nullable String text;
    private @Nullable String problem;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Advances to the next line; {@code false} at the end of the input. */
    boolean next() throws IOException {
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return false;
                }
                break;
            }
            any = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            append(position, end - position);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        decode();
        return true;
    }

    /** The 1-based number of the current line. */
    long number() {
        return number;
    }

    /** The current line's text, or {@code null} when it could not be decoded (see {@link #problem()}). */
    @Nullable
    String text() {
        return text;
    }

    /** Why the current line has no text: {@link ImportCodes#INVALID_ENCODING} or {@link ImportCodes#LINE_TOO_LONG}. */
    @Nullable
    String problem() {
        return problem;
    }

    int maxLineBytes() {
        return maxLineBytes;
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int read = in.readNBytes(buffer, 0, BUFFER);
        position = 0;
        limit = Math.max(read, 0);
        endOfInput = read < BUFFER;
        return limit > 0;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int count) {
        if (tooLong || length + count > maxLineBytes + 1) {
            tooLong = true;
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }

    private void decode() {
        text = null;
        problem = null;
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        if (tooLong || end > maxLineBytes) {
            problem = ImportCodes.LINE_TOO_LONG;
            return;
        }
        int start =
                number == 1 && end >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF
                        ? 3
                        : 0;
        if (isAscii(start, end)) {
            text = new String(line, start, end - start, StandardCharsets.US_ASCII);
            return;
        }
        try {
            text = decoder.reset()
                    .decode(ByteBuffer.wrap(line, start, end - start))
                    .toString();
        } catch (CharacterCodingException e) {
            problem = ImportCodes.INVALID_ENCODING;
        }
    }

    private boolean isAscii(int start, int end) {
        for (int i = start; i < end; i++) {
            if (line[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
