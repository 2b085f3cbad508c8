package org.credence.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.record.RecordStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyRecordDecoderTests {

    private final CopyRecordDecoder decoder =
            new CopyRecordDecoder((edition, type) -> edition.equals("2021") && type.equals("administrative-penalty"));

    private static byte[] row(String text) {
        return (text.replace('|', '\t') + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void decodesEveryColumnAsTheResultSetPathReadsIt() {
        CopyRecordDecoder.Row row = decoder.decode(
                row("9007199254740993|42|2021|administrative-penalty|NEGATIVE|SERIOUS|ACTIVE|2026-03-01|2026-03-05"
                        + "|2027-03-04|2026-06-01|2029-03-01"));

        assertThat(row.subjectId()).isEqualTo(42);
        assertThat(row.record())
                .isEqualTo(new RecordFact(
                        9007199254740993L,
                        "administrative-penalty",
                        Polarity.NEGATIVE,
                        Severity.SERIOUS,
                        RecordStatus.ACTIVE,
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 5),
                        LocalDate.of(2027, 3, 4),
                        LocalDate.of(2026, 6, 1),
                        LocalDate.of(2029, 3, 1),
                        true));
    }

    @Test
    void readsNullsAndSharesRepeatedCodes() {
        CopyRecordDecoder.Row first =
                decoder.decode(row("1|7|2021|honour|POSITIVE|\\N|ACTIVE|2025-12-31|\\N|\\N|\\N|\\N"));
        CopyRecordDecoder.Row second =
                decoder.decode(row("2|7|2021|honour|POSITIVE|\\N|ACTIVE|2025-01-01|\\N|\\N|\\N|\\N"));

        assertThat(first.record().severity()).isNull();
        assertThat(first.record().effectiveFrom()).isNull();
        assertThat(first.record().publicityMaxEnd()).isNull();
        assertThat(first.record().repairable()).isFalse();
        assertThat(second.record().recordType()).isSameAs(first.record().recordType());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1|7|2021|honour|POSITIVE|\\N|ACTIVE|2025-12-31|\\N|\\N|\\N",
                "1|7|2021|honour|POSITIVE|\\N|ACTIVE|2025-12-31|\\N|\\N|\\N|\\N|extra",
                "x1|7|2021|honour|POSITIVE|\\N|ACTIVE|2025-12-31|\\N|\\N|\\N|\\N",
                "1|7|2021|honour|POSITIVE|\\N|ACTIVE|\\N|\\N|\\N|\\N|\\N"
            })
    void refusesARowItCannotRead(String text) {
        assertThatThrownBy(() -> decoder.decode(row(text)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unreadable COPY row");
    }
}
