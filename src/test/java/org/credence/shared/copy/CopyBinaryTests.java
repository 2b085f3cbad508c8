package org.credence.shared.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CopyBinaryTests {

    private static final int HEADER = 11 + 4 + 4;

    /** A NUMERIC read back the way PostgreSQL's numeric_recv reads it gives the value written, with its scale. */
    @Property
    void numericsReadBackAsTheValueWritten(
            @ForAll @LongRange(min = Long.MIN_VALUE + 1) long unscaled, @ForAll @IntRange(min = 0, max = 4) int scale)
            throws IOException {
        assertThat(readNumeric(numericField(unscaled, scale))).isEqualTo(BigDecimal.valueOf(unscaled, scale));
    }

    @Test
    void smallNumericsInTheirShortestForm() throws IOException {
        assertThat(readNumeric(numericField(0, 2))).isEqualTo(new BigDecimal("0.00"));
        assertThat(readNumeric(numericField(-5, 2))).isEqualTo(new BigDecimal("-0.05"));
        assertThat(readNumeric(numericField(78_550, 2))).isEqualTo(new BigDecimal("785.50"));
        // 10000.01: two integer groups (1, 0) and the fraction 0100
        ByteBuffer field = numericField(1_000_001, 2);
        assertThat(field.getShort(4)).as("ndigits").isEqualTo((short) 3);
        assertThat(field.getShort(6)).as("weight").isEqualTo((short) 1);
        assertThat(field.getShort(12 + 4)).as("fraction digit").isEqualTo((short) 100);
    }

    @Test
    void asciiTextIsWrittenAsItsCharactersAndAnythingElseIsRefused() throws IOException {
        var bytes = new ByteArrayOutputStream();
        new CopyBinary()
                .row(2)
                .ascii(new StringBuilder("R-1:-250:7,8"))
                .ascii(null)
                .finish()
                .writeTo(bytes);
        ByteBuffer data = ByteBuffer.wrap(bytes.toByteArray());
        assertThat(data.getInt(HEADER + 2)).isEqualTo(12);
        assertThat(new String(bytes.toByteArray(), HEADER + 6, 12, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("R-1:-250:7,8");
        assertThat(data.getInt(HEADER + 18)).as("null").isEqualTo(-1);

        assertThatThrownBy(() -> new CopyBinary().ascii("信用"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not ASCII at 0");
    }

    @Test
    void scalesBeyondOneFractionDigitAreRefused() {
        assertThatThrownBy(() -> new CopyBinary().numeric(1, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale");
    }

    /** The bytes of the single field of a one-row COPY: length, then the value. */
    private static ByteBuffer numericField(long unscaled, int scale) throws IOException {
        var bytes = new ByteArrayOutputStream();
        new CopyBinary().row(1).numeric(unscaled, scale).finish().writeTo(bytes);
        byte[] all = bytes.toByteArray();
        // header, field count (2 bytes) ... trailer (2 bytes)
        return ByteBuffer.wrap(Arrays.copyOfRange(all, HEADER + 2, all.length - 2));
    }

    private static BigDecimal readNumeric(ByteBuffer field) {
        int length = field.getInt(0);
        assertThat(length).isEqualTo(field.capacity() - 4);
        int digits = field.getShort(4);
        int weight = field.getShort(6);
        int sign = field.getShort(8);
        int scale = field.getShort(10);
        BigDecimal value = BigDecimal.ZERO;
        for (int i = 0; i < digits; i++) {
            int digit = field.getShort(12 + 2 * i);
            assertThat(digit).isBetween(0, 9_999);
            value = value.add(BigDecimal.valueOf(digit).scaleByPowerOfTen(4 * (weight - i)));
        }
        value = value.setScale(scale);
        return sign == 0x4000 ? value.negate() : value;
    }
}
