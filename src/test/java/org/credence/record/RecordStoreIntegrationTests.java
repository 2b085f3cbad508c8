package org.credence.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.credence.catalog.Catalogue;
import org.credence.catalog.RecordType;
import org.credence.catalog.Severity;
import org.credence.shared.ApiException;
import org.credence.shared.PageRequest;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectRegistry;
import org.credence.support.TestIdentifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class RecordStoreIntegrationTests {

    private static final String PROVIDER = "fz-market-supervision";

    @Autowired
    RecordStore records;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    Catalogue catalogue;

    @Autowired
    ApplicationEvents events;

    long subjectId;
    RecordType penalty;

    @BeforeEach
    void subject() {
        subjectId = subjects.register(new NewSubject(TestIdentifiers.organisation(), "福州测试贸易有限公司", null, null))
                .subjectId();
        penalty =
                catalogue.currentEdition().recordType("administrative-penalty").orElseThrow();
    }

    RecordFiling penalty(String reference, String summary, long line) {
        return new RecordFiling(
                subjectId,
                PROVIDER,
                reference,
                penalty,
                "2026",
                Severity.GENERAL,
                "榕市监罚〔2026〕" + line + "号",
                "《中华人民共和国食品安全法》第一百二十四条",
                LocalDate.of(2026, 5, 10),
                LocalDate.of(2026, 5, 10),
                null,
                summary,
                "{\"fineYuan\":50000}",
                null,
                line);
    }

    @Test
    void filesARecordWithItsPublicityDatesHistoryAndEvent() {
        String reference = "PEN-" + UUID.randomUUID();
        var outcome = records.file(new FilingBatch(null, PROVIDER, List.of(penalty(reference, "销售过期食品", 1))));
        long id = ((FilingOutcome.Filed) outcome.getFirst()).recordId();
        CreditRecord record = records.find(id).orElseThrow();
        assertThat(record.status()).isEqualTo(RecordStatus.ACTIVE);
        assertThat(record.version()).isEqualTo(1);
        assertThat(record.publicity())
                .isEqualTo(new PublicityDates(
                        LocalDate.of(2026, 5, 10), LocalDate.of(2026, 8, 10), LocalDate.of(2027, 5, 10)));
        assertThat(records.history(id)).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(HistoryEntry.Kind.FILED);
            assertThat(h.actor()).isEqualTo(PROVIDER);
            assertThat(h.reason()).isNotBlank();
        });
        assertThat(events.stream(RecordFiled.class)).anyMatch(e -> e.recordId() == id && e.subjectId() == subjectId);
    }

    @Test
    void theSameContentAgainChangesNothing() {
        String reference = "PEN-" + UUID.randomUUID();
        long id = ((FilingOutcome.Filed)
                        records.file(batch(penalty(reference, "无照经营", 1))).getFirst())
                .recordId();
        var again = records.file(batch(penalty(reference, "无照经营", 1)));
        assertThat(again).containsExactly(new FilingOutcome.Unchanged(1, id));
        assertThat(records.history(id)).hasSize(1);
        assertThat(records.find(id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void changedContentIsACorrectionWithItsChangesInTheHistory() {
        String reference = "PEN-" + UUID.randomUUID();
        long id = ((FilingOutcome.Filed)
                        records.file(batch(penalty(reference, "无照经营", 1))).getFirst())
                .recordId();
        var corrected = records.file(batch(penalty(reference, "无照经营（更正：罚款金额）", 1)));
        assertThat(corrected.getFirst()).isInstanceOf(FilingOutcome.Corrected.class);
        CreditRecord record = records.find(id).orElseThrow();
        assertThat(record.version()).isEqualTo(2);
        assertThat(record.status()).isEqualTo(RecordStatus.CORRECTED);
        assertThat(record.summary()).isEqualTo("无照经营（更正：罚款金额）");
        List<HistoryEntry> history = records.history(id);
        assertThat(history)
                .extracting(HistoryEntry::kind)
                .containsExactly(HistoryEntry.Kind.FILED, HistoryEntry.Kind.CORRECTED);
        assertThat(history.get(1).changes()).containsExactly(new FieldChange("summary", "无照经营", "无照经营（更正：罚款金额）"));
        assertThat(events.stream(RecordCorrected.class))
                .anyMatch(e -> e.recordId() == id && e.changedFields().equals(List.of("summary")));
    }

    @Test
    void refusesRepeatsOfAReferenceWithinABatch() {
        String reference = "PEN-" + UUID.randomUUID();
        var outcomes = records.file(
                new FilingBatch(null, PROVIDER, List.of(penalty(reference, "一", 1), penalty(reference, "二", 2))));
        assertThat(outcomes.get(0)).isInstanceOf(FilingOutcome.Filed.class);
        assertThat(outcomes.get(1))
                .isInstanceOfSatisfying(
                        FilingOutcome.Refused.class, r -> assertThat(r.code()).isEqualTo("duplicate-line"));
    }

    @Test
    void filesALargeChunkSetWiseAndCatchesRepeatsAcrossChunksOfOneBatch() {
        long batchId = System.nanoTime();
        List<RecordFiling> chunk = new ArrayList<>();
        String prefix = "BULK-" + UUID.randomUUID() + "-";
        for (int line = 1; line <= 500; line++) {
            chunk.add(penalty(prefix + line, "批量 " + line, line));
        }
        var outcomes = records.file(new FilingBatch(batchId, PROVIDER, chunk));
        assertThat(outcomes).hasSize(500).allMatch(o -> o instanceof FilingOutcome.Filed);
        var later = records.file(new FilingBatch(batchId, PROVIDER, List.of(penalty(prefix + 7, "批量 7", 900))));
        assertThat(later.getFirst()).isInstanceOfSatisfying(FilingOutcome.Refused.class, r -> {
            assertThat(r.code()).isEqualTo("duplicate-line");
            assertThat(r.message()).contains("line 7");
        });
        var page = records.ofSubject(subjectId, RecordFilter.NONE, new PageRequest(0, 100));
        assertThat(page.items()).hasSize(100);
        assertThat(page.hasMore()).isTrue();
        long id = ((FilingOutcome.Filed) outcomes.get(41)).recordId();
        assertThat(records.history(id))
                .singleElement()
                .satisfies(h -> assertThat(h.batchLine()).isEqualTo(42L));
    }

    @Test
    void movesThroughTheStatusLifecycleAndRefusesTheRest() {
        long id = ((FilingOutcome.Filed) records.file(batch(penalty("PEN-" + UUID.randomUUID(), "x", 1)))
                        .getFirst())
                .recordId();
        records.changeStatus(new StatusChange(id, RecordStatus.UNDER_OBJECTION, "officer:li", "objection 2026-17"));
        records.changeStatus(new StatusChange(id, RecordStatus.REVOKED, "officer:li", "could not be verified"));
        assertThatThrownBy(() ->
                        records.changeStatus(new StatusChange(id, RecordStatus.ACTIVE, "officer:li", "reinstate")))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("status-transition-refused"));
        assertThat(records.history(id))
                .extracting(HistoryEntry::toStatus)
                .containsExactly(RecordStatus.ACTIVE, RecordStatus.UNDER_OBJECTION, RecordStatus.REVOKED);
        assertThat(events.stream(RecordStatusChanged.class)).anyMatch(e -> e.recordId() == id);
        var refused = records.file(batch(penalty(records.find(id).orElseThrow().sourceReference(), "y", 1)));
        assertThat(refused.getFirst())
                .isInstanceOfSatisfying(
                        FilingOutcome.Refused.class, r -> assertThat(r.code()).isEqualTo("record-revoked"));
    }

    @Test
    void filtersASubjectsRecordsByTypeStatusAndDate() {
        records.file(batch(penalty("PEN-" + UUID.randomUUID(), "a", 1)));
        var byType = records.ofSubject(
                subjectId,
                new RecordFilter("administrative-penalty", RecordStatus.ACTIVE, null, null),
                new PageRequest(0, 10));
        assertThat(byType.items()).hasSize(1);
        assertThat(records.ofSubject(
                                subjectId, new RecordFilter("tax-arrears", null, null, null), new PageRequest(0, 10))
                        .items())
                .isEmpty();
        assertThat(records.ofSubject(
                                subjectId,
                                new RecordFilter(null, null, LocalDate.of(2026, 5, 11), null),
                                new PageRequest(0, 10))
                        .items())
                .isEmpty();
    }

    private FilingBatch batch(RecordFiling filing) {
        return new FilingBatch(null, PROVIDER, List.of(filing));
    }
}
