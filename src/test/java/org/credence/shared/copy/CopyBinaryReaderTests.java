package org.credence.shared.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** What {@link CopyBinary} writes, {@link CopyBinaryReader} reads back as the same values. */
class CopyBinaryReaderTests {

    /**
     * Timestamps to the microsecond, before and after PostgreSQL's epoch (2000-01-01), in any offset: read back as the
     * same instant at UTC.
     */
    @Property
    void timestampsReadBackAsTheSameInstant(
            @ForAll @LongRange(min = -3_000_000_000_000_000L, max = 3_000_000_000_000_000L) long micros,
            @ForAll @LongRange(min = -12, max = 14) long offsetHours)
            throws IOException, SQLException {
        OffsetDateTime written = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                .plusNanos(micros * 1_000L)
                .withOffsetSameInstant(ZoneOffset.ofHours((int) offsetHours));
        CopyBinaryReader reader = readerOf(new CopyBinary()
                .row(3)
                .int8(42)
                .timestamp(written)
                .date(LocalDate.of(1999, 12, 31))
                .finish());

        assertThat(reader.nextRow(3)).isTrue();
        assertThat(reader.int8()).isEqualTo(42);
        OffsetDateTime read = reader.requiredTimestamp();
        assertThat(read.toInstant()).isEqualTo(written.toInstant());
        assertThat(read.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(reader.requiredDate()).isEqualTo(LocalDate.of(1999, 12, 31));
        assertThat(reader.nextRow(3)).as("the trailer").isFalse();
    }

    private static CopyBinaryReader readerOf(CopyBuffer buffer) throws IOException {
        var bytes = new ByteArrayOutputStream();
        buffer.writeTo(bytes);
        AtomicBoolean sent = new AtomicBoolean();
        return new CopyBinaryReader(() -> sent.getAndSet(true) ? null : bytes.toByteArray());
    }
}
