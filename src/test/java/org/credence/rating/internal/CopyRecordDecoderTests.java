package org.credence.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.record.RecordStatus;
import org.credence.shared.copy.CopyBinary;
import org.junit.jupiter.api.Test;

class CopyRecordDecoderTests {

    private static final LocalDate DECIDED = LocalDate.of(2026, 3, 1);

    /** The bytes of a binary COPY of the rows, handed over in messages of {@code size} bytes. */
    private static CopyRecordDecoder decoder(int size, List<Consumer<CopyBinary>> rows) throws IOException {
        CopyBinary copy = new CopyBinary();
        rows.forEach(row -> row.accept(copy));
        var bytes = new ByteArrayOutputStream();
        copy.finish().writeTo(bytes);
        byte[] all = bytes.toByteArray();
        Deque<byte[]> messages = new ArrayDeque<>();
        for (int from = 0; from < all.length; from += size) {
            messages.add(Arrays.copyOfRange(all, from, Math.min(all.length, from + size)));
        }
        return new CopyRecordDecoder(
                (edition, type) -> edition.equals("2021") && type.equals("administrative-penalty"), messages::poll);
    }

    private static Consumer<CopyBinary> penalty(long recordId, long subjectId) {
        return copy -> copy.row(12)
                .int8(recordId)
                .int8(subjectId)
                .text("2021")
                .text("administrative-penalty")
                .text("NEGATIVE")
                .text("SERIOUS")
                .text("ACTIVE")
                .date(DECIDED)
                .date(LocalDate.of(2026, 3, 5))
                .date(LocalDate.of(2027, 3, 4))
                .date(LocalDate.of(2026, 6, 1))
                .date(LocalDate.of(2029, 3, 1));
    }

    private static Consumer<CopyBinary> honour(long recordId, long subjectId) {
        return copy -> copy.row(12)
                .int8(recordId)
                .int8(subjectId)
                .text("2021")
                .text("honour")
                .text("POSITIVE")
                .text(null)
                .text("ACTIVE")
                .date(LocalDate.of(1999, 12, 31))
                .date(null)
                .date(null)
                .date(null)
                .date(null);
    }

    private static List<CopyRecordDecoder.Row> all(CopyRecordDecoder decoder) throws SQLException {
        List<CopyRecordDecoder.Row> rows = new ArrayList<>();
        CopyRecordDecoder.Row row;
        while ((row = decoder.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void decodesEveryColumnAsTheResultSetPathReadsIt() throws Exception {
        var rows = all(decoder(1 << 16, List.of(penalty(9007199254740993L, 42))));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.subjectId()).isEqualTo(42);
            assertThat(row.record())
                    .isEqualTo(new RecordFact(
                            9007199254740993L,
                            "administrative-penalty",
                            Polarity.NEGATIVE,
                            Severity.SERIOUS,
                            RecordStatus.ACTIVE,
                            DECIDED,
                            LocalDate.of(2026, 3, 5),
                            LocalDate.of(2027, 3, 4),
                            LocalDate.of(2026, 6, 1),
                            LocalDate.of(2029, 3, 1),
                            true));
        });
    }

    /** Rows split across messages anywhere (down to a byte a message) read the same. */
    @Test
    void readsNullsAndSharesRepeatedCodesWhereverTheMessagesEnd() throws Exception {
        for (int size : new int[] {1, 3, 7, 64, 1 << 16}) {
            var rows = all(decoder(size, List.of(honour(1, 7), penalty(2, 7), honour(3, 8))));

            assertThat(rows).extracting(r -> r.record().recordId()).containsExactly(1L, 2L, 3L);
            RecordFact first = rows.getFirst().record();
            assertThat(first.severity()).isNull();
            assertThat(first.decisionDate()).isEqualTo(LocalDate.of(1999, 12, 31));
            assertThat(first.effectiveFrom()).isNull();
            assertThat(first.publicityMaxEnd()).isNull();
            assertThat(first.repairable()).isFalse();
            assertThat(rows.get(2).record().recordType()).isSameAs(first.recordType());
            assertThat(rows.get(2).subjectId()).isEqualTo(8);
        }
    }

    @Test
    void refusesDataItCannotRead() throws Exception {
        Consumer<CopyBinary> elevenColumns =
                copy -> copy.row(11).int8(1L).int8(7L).text("2021").text("honour");
        assertThatThrownBy(() -> all(decoder(64, List.of(elevenColumns))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("11 fields where 12 were expected");

        Consumer<CopyBinary> noDecision = copy -> copy.row(12)
                .int8(1L)
                .int8(7L)
                .text("2021")
                .text("honour")
                .text("POSITIVE")
                .text(null)
                .text("ACTIVE")
                .date(null);
        assertThatThrownBy(() -> all(decoder(64, List.of(noDecision))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("null DATE where one is required");

        Deque<byte[]> cut = new ArrayDeque<>(List.of(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y'}));
        assertThatThrownBy(() -> new CopyRecordDecoder((e, t) -> false, cut::poll).next())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no binary COPY signature");
    }
}
