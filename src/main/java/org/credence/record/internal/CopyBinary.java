package org.credence.record.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, which the server reads without parsing text (dates and times
 * above all): a header, per row the field count and each field as length and bytes (-1 for null), a trailer.
 */
final class CopyBinary {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long POSTGRES_EPOCH_SECOND = 946_684_800L;

    private final CopyBuffer buffer = new CopyBuffer();
    private final DataOutputStream out = new DataOutputStream(buffer);

    CopyBinary() {
        run(() -> {
            out.write(SIGNATURE);
            out.writeInt(0);
            out.writeInt(0);
        });
    }

    CopyBinary row(int fields) {
        run(() -> out.writeShort(fields));
        return this;
    }

    CopyBinary int8(long value) {
        run(() -> {
            out.writeInt(8);
            out.writeLong(value);
        });
        return this;
    }

    CopyBinary int8(@Nullable Long value) {
        return value == null ? nothing() : int8(value.longValue());
    }

    CopyBinary int4(int value) {
        run(() -> {
            out.writeInt(4);
            out.writeInt(value);
        });
        return this;
    }

    CopyBinary text(@Nullable String value) {
        if (value == null) {
            return nothing();
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        run(() -> {
            out.writeInt(bytes.length);
            out.write(bytes);
        });
        return this;
    }

    CopyBinary date(@Nullable LocalDate value) {
        if (value == null) {
            return nothing();
        }
        run(() -> {
            out.writeInt(4);
            out.writeInt((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
        });
        return this;
    }

    CopyBinary timestamp(OffsetDateTime value) {
        long micros = (value.toEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000L + value.getNano() / 1_000;
        return int8(micros);
    }

    /** Ends the data and hands it over. */
    CopyBuffer finish() {
        run(() -> {
            out.writeShort(-1);
            out.flush();
        });
        return buffer;
    }

    private CopyBinary nothing() {
        run(() -> out.writeInt(-1));
        return this;
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void run(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
