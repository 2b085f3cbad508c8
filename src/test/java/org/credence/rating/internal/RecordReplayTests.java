package org.credence.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.credence.catalog.DisclosureMode;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.credence.record.CreditRecord;
import org.credence.record.FieldChange;
import org.credence.record.HistoryEntry;
import org.credence.record.PublicityDates;
import org.credence.record.RecordStatus;
import org.junit.jupiter.api.Test;

class RecordReplayTests {

    static final OffsetDateTime FILED = OffsetDateTime.of(2026, 6, 1, 2, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime CORRECTED = FILED.plusDays(1);
    static final OffsetDateTime REPAIRED = FILED.plusDays(2);

    /** Filed GENERAL on 20 May, corrected to SERIOUS with the decision moved to 10 May, then repaired. */
    static final CreditRecord NOW = new CreditRecord(
            7,
            1,
            "provider",
            "REF-7",
            "administrative-penalty",
            "2026",
            Polarity.NEGATIVE,
            DisclosureMode.PUBLIC,
            Severity.SERIOUS,
            RecordStatus.REPAIRED,
            2,
            "No. 7",
            "basis",
            LocalDate.of(2026, 5, 10),
            LocalDate.of(2026, 5, 10),
            null,
            "summary",
            null,
            new PublicityDates(LocalDate.of(2026, 5, 10), LocalDate.of(2027, 5, 10), LocalDate.of(2029, 5, 10)),
            FILED,
            REPAIRED);

    static final List<HistoryEntry> HISTORY = List.of(
            new HistoryEntry(
                    1, 1, HistoryEntry.Kind.FILED, null, RecordStatus.ACTIVE, "p", null, List.of(), null, null, FILED),
            new HistoryEntry(
                    2,
                    2,
                    HistoryEntry.Kind.CORRECTED,
                    RecordStatus.ACTIVE,
                    RecordStatus.CORRECTED,
                    "p",
                    null,
                    List.of(
                            new FieldChange("severity", "GENERAL", "SERIOUS"),
                            new FieldChange("decisionDate", "2026-05-20", "2026-05-10"),
                            new FieldChange("effectiveFrom", "2026-05-20", "2026-05-10")),
                    null,
                    null,
                    CORRECTED),
            new HistoryEntry(
                    3,
                    2,
                    HistoryEntry.Kind.STATUS_CHANGED,
                    RecordStatus.CORRECTED,
                    RecordStatus.REPAIRED,
                    "officer",
                    "repaired",
                    List.of(),
                    null,
                    null,
                    REPAIRED));

    static RecordFact at(OffsetDateTime moment) {
        return RecordReplay.asOf(NOW, HISTORY, moment.toInstant(), true).orElseThrow();
    }

    @Test
    void aRecordFiledLaterDidNotExist() {
        assertThat(RecordReplay.asOf(NOW, HISTORY, FILED.toInstant().minusSeconds(1), true))
                .isEmpty();
    }

    @Test
    void undoesTheCorrectionAndTheStatusChangeAfterTheMoment() {
        RecordFact filed = at(FILED);
        assertThat(filed.status()).isEqualTo(RecordStatus.ACTIVE);
        assertThat(filed.severity()).isEqualTo(Severity.GENERAL);
        assertThat(filed.decisionDate()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(filed.effectiveFrom()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(filed.publicityMaxEnd()).as("moved with the decision date").isEqualTo(LocalDate.of(2029, 5, 20));

        RecordFact corrected = at(CORRECTED);
        assertThat(corrected.status()).isEqualTo(RecordStatus.CORRECTED);
        assertThat(corrected.severity()).isEqualTo(Severity.SERIOUS);
        assertThat(corrected.decisionDate()).isEqualTo(LocalDate.of(2026, 5, 10));

        assertThat(at(REPAIRED).status()).isEqualTo(RecordStatus.REPAIRED);
        assertThat(RecordReplay.asOf(NOW, HISTORY, Instant.parse("2030-01-01T00:00:00Z"), true)
                        .orElseThrow())
                .isEqualTo(at(REPAIRED));
    }
}
