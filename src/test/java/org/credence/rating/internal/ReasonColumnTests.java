package org.credence.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonColumnTests {

    @Test
    void storesReasonsInOrderWithPointsAndRecords() {
        List<Evaluation.ReasonLine> reasons = List.of(
                new Evaluation.ReasonLine("PENALTY", -1250L, List.of(17L, 4L)),
                new Evaluation.ReasonLine("CLEAN", null, List.of()),
                new Evaluation.ReasonLine("HONOUR", 300L, List.of(9L)));

        String column = ReasonColumn.encode(reasons);

        assertThat(column).isEqualTo("PENALTY:-1250:17,4;CLEAN::;HONOUR:300:9");
        assertThat(ReasonColumn.decode(column)).isEqualTo(reasons);
    }

    @Test
    void noReasonsIsNull() {
        assertThat(ReasonColumn.encode(List.of())).isNull();
        assertThat(ReasonColumn.decode(null)).isEmpty();
    }

    /** As many record ids as fit in 240 characters, the first ones, whole. */
    @Test
    void keepsTheFirstRecordsThatFit() {
        List<Long> ids = LongStream.rangeClosed(1_000_000_000_000L, 1_000_000_000_099L)
                .boxed()
                .toList();
        String column = ReasonColumn.encode(List.of(new Evaluation.ReasonLine("PENALTY", -100L, ids)));

        List<Long> kept = ReasonColumn.decode(column).getFirst().recordIds();
        assertThat(kept).isEqualTo(ids.subList(0, kept.size()));
        assertThat(String.join(",", kept.stream().map(String::valueOf).toList()).length())
                .isLessThanOrEqualTo(240)
                .isGreaterThan(240 - 21);
        assertThat(column.length()).isLessThanOrEqualTo(ReasonColumn.MAX_LENGTH);
    }

    @ParameterizedTest
    @CsvSource({"PENALTY", "PENALTY:-100", ":1:2"})
    void refusesAColumnItCannotRead(String column) {
        assertThatThrownBy(() -> ReasonColumn.decode(column))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(column);
    }
}
