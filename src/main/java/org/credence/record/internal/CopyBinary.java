package org.credence.record.internal;

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

    private final CopyBuffer out = new CopyBuffer();

    CopyBinary() {
        out.put(SIGNATURE);
        out.putInt(0); // flags
        out.putInt(0); // header extension length
    }

    CopyBinary row(int fields) {
        out.putShort(fields);
        return this;
    }

    CopyBinary int8(long value) {
        out.putInt(8);
        out.putLong(value);
        return this;
    }

    CopyBinary int8(@Nullable Long value) {
        return value == null ? nothing() : int8(value.longValue());
    }

    CopyBinary int4(int value) {
        out.putInt(4);
        out.putInt(value);
        return this;
    }

    CopyBinary text(@Nullable String value) {
        if (value == null) {
            return nothing();
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.putInt(bytes.length);
        out.put(bytes);
        return this;
    }

    CopyBinary date(@Nullable LocalDate value) {
        if (value == null) {
            return nothing();
        }
        out.putInt(4);
        out.putInt((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    CopyBinary timestamp(OffsetDateTime value) {
        long micros = (value.toEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000L + value.getNano() / 1_000;
        return int8(micros);
    }

    /** Ends the data and hands it over. */
    CopyBuffer finish() {
        out.putShort(-1);
        return out;
    }

    private CopyBinary nothing() {
        out.putInt(-1);
        return this;
    }
}
