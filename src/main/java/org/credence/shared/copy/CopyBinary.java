package org.credence.shared.copy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, which the server reads without parsing text (dates and times
 * above all): a header, per row the field count and each field as length and bytes (-1 for null), a trailer.
 */
public final class CopyBinary {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long POSTGRES_EPOCH_SECOND = 946_684_800L;

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000};

    private final CopyBuffer out = new CopyBuffer();

    public CopyBinary() {
        out.put(SIGNATURE);
        out.putInt(0); // flags
        out.putInt(0); // header extension length
    }

    public CopyBinary row(int fields) {
        out.putShort(fields);
        return this;
    }

    public CopyBinary int8(long value) {
        out.putInt(8);
        out.putLong(value);
        return this;
    }

    public CopyBinary int8(@Nullable Long value) {
        return value == null ? nothing() : int8(value.longValue());
    }

    public CopyBinary int4(int value) {
        out.putInt(4);
        out.putInt(value);
        return this;
    }

    public CopyBinary text(@Nullable String value) {
        if (value == null) {
            return nothing();
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.putInt(bytes.length);
        out.put(bytes);
        return this;
    }

    /**
     * A text known to be ASCII (codes, numbers, separators), written from its characters without an intermediate
     * string or array; null for null.
     */
    public CopyBinary ascii(@Nullable CharSequence value) {
        if (value == null) {
            return nothing();
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7F) {
                throw new IllegalArgumentException("not ASCII at " + i + ": " + value);
            }
        }
        out.putInt(value.length());
        out.putAscii(value);
        return this;
    }

    /**
     * A NUMERIC of {@code unscaled / 10^scale} (scale 0 to 4): sign, weight and display scale, then base-10,000 digits,
     * most significant first, the fraction in one digit.
     */
    public CopyBinary numeric(long unscaled, int scale) {
        if (scale < 0 || scale > 4) {
            throw new IllegalArgumentException("numeric scale 0 to 4, was " + scale);
        }
        if (unscaled == Long.MIN_VALUE) {
            throw new IllegalArgumentException("numeric out of range: " + unscaled);
        }
        long magnitude = Math.abs(unscaled);
        long power = POWERS_OF_TEN[scale];
        long whole = magnitude / power;
        int fraction = (int) (magnitude % power * POWERS_OF_TEN[4 - scale]);
        short[] groups = new short[5]; // a long's integer part has at most 19 decimal digits: 5 groups of 4
        int count = 0;
        for (long rest = whole; rest > 0; rest /= 10_000) {
            groups[count++] = (short) (rest % 10_000);
        }
        int digits = count + (fraction != 0 ? 1 : 0);
        out.putInt(8 + 2 * digits);
        out.putShort(digits);
        out.putShort(count > 0 ? count - 1 : fraction != 0 ? -1 : 0); // weight: of the first digit, in groups
        out.putShort(unscaled < 0 ? 0x4000 : 0);
        out.putShort(scale);
        for (int i = count - 1; i >= 0; i--) {
            out.putShort(groups[i]);
        }
        if (fraction != 0) {
            out.putShort(fraction);
        }
        return this;
    }

    public CopyBinary date(@Nullable LocalDate value) {
        if (value == null) {
            return nothing();
        }
        out.putInt(4);
        out.putInt((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    public CopyBinary timestamp(OffsetDateTime value) {
        long micros = (value.toEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000L + value.getNano() / 1_000;
        return int8(micros);
    }

    /** Ends the data and hands it over. */
    public CopyBuffer finish() {
        out.putShort(-1);
        return out;
    }

    private CopyBinary nothing() {
        out.putInt(-1);
        return this;
    }
}
