package org.credence.sanction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.credence.access.AuditEntry;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectRegistry;
import org.credence.support.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The group commit of checks: ids, what a group writes, and a bad check failing alone. */
@SpringBootTest
class CheckJournalIntegrationTests {

    @Autowired
    CheckJournal journal;

    @Autowired
    SubjectRegistry subjects;

    @Autowired
    JdbcClient jdbc;

    @Test
    void idsAreUniqueAcrossBlocksAndThreads() throws Exception {
        int perThread = CheckStore.ID_BLOCK * 3 / 2;
        List<Future<long[]>> taken = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 4; t++) {
                taken.add(threads.submit(() -> LongStream.range(0, perThread)
                        .map(i -> journal.nextId())
                        .toArray()));
            }
        }
        Set<Long> ids = new HashSet<>();
        for (Future<long[]> f : taken) {
            for (long id : f.get()) {
                assertThat(ids.add(id)).as("id %d handed out twice", id).isTrue();
            }
        }
        assertThat(ids).hasSize(4 * perThread);
    }

    /**
     * Checks written from many threads at once: each is stored with its measures and audit entry once; one that
     * cannot be written (a decision the table refuses) fails alone, whether or not it shared a group with the others.
     */
    @Test
    void concurrentChecksAreEachWrittenOnceAndABadOneFailsAlone() throws Exception {
        long subject = subjects.register(new NewSubject(Organisations.fresh(), "分组提交企业", null, null))
                .subjectId();
        String caseNumber = "GROUP-" + UUID.randomUUID();
        int count = 60;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(journal.nextId());
        }
        long badId = ids.get(count / 2);
        List<Future<?>> writes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(12)) {
            for (long id : ids) {
                long subjectId = id == badId ? -subject : subject;
                writes.add(threads.submit(() -> journal.write(check(id, subjectId, caseNumber))));
            }
        }
        for (int i = 0; i < count; i++) {
            Future<?> write = writes.get(i);
            if (ids.get(i) == badId) {
                assertThatThrownBy(write::get).hasCauseInstanceOf(DataIntegrityViolationException.class);
            } else {
                write.get();
            }
        }
        List<Long> stored = jdbc.sql("SELECT check_id FROM credit_check WHERE case_number = :c ORDER BY check_id")
                .param("c", caseNumber)
                .query(Long.class)
                .list();
        assertThat(stored)
                .containsExactlyElementsOf(
                        ids.stream().filter(id -> id != badId).toList());
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM credit_check_measure m JOIN credit_check c ON c.check_id = m.check_id
                        WHERE c.case_number = :c AND m.measure_code = 'group-test-measure'
                        """).param("c", caseNumber).query(Long.class).single())
                .isEqualTo(count - 1);
        List<String> audited = jdbc.sql("SELECT detail FROM audit_log WHERE case_number = :c ORDER BY detail")
                .param("c", caseNumber)
                .query(String.class)
                .list();
        assertThat(audited)
                .hasSize(count - 1)
                .doesNotContain("group check " + badId)
                .contains("group check " + ids.getFirst());
    }

    /** The group path itself, deterministically: one transaction fails on the bad check, the others are written. */
    @Test
    void aGroupWithABadCheckIsWrittenAgainCheckByCheck() {
        long subject = subjects.register(new NewSubject(Organisations.fresh(), "分组回退企业", null, null))
                .subjectId();
        String caseNumber = "FALLBACK-" + UUID.randomUUID();
        List<CheckJournal.Waiting> group = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var waiting = new CheckJournal.Waiting(check(journal.nextId(), i == 2 ? -subject : subject, caseNumber));
            assertThat(waiting.take()).isTrue();
            group.add(waiting);
        }

        journal.writeGroup(group);

        for (int i = 0; i < 5; i++) {
            var written = group.get(i).written;
            assertThat(written).isDone();
            assertThat(written.isCompletedExceptionally())
                    .as("check %d failed", i)
                    .isEqualTo(i == 2);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM credit_check WHERE case_number = :c")
                        .param("c", caseNumber)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE case_number = :c")
                        .param("c", caseNumber)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    /**
     * A check whose group committed although the writer was told otherwise (a connection lost on commit) is found on
     * its own when the group is written again check by check: it counts as written, once, with one audit entry.
     */
    @Test
    void aCheckAlreadyWrittenByItsGroupCountsAsWrittenOnce() {
        long subject = subjects.register(new NewSubject(Organisations.fresh(), "提交结果未知企业", null, null))
                .subjectId();
        String caseNumber = "UNKNOWN-" + UUID.randomUUID();
        var written = check(journal.nextId(), subject, caseNumber);
        journal.write(written);

        List<CheckJournal.Waiting> group = List.of(
                new CheckJournal.Waiting(written),
                new CheckJournal.Waiting(check(journal.nextId(), -subject, caseNumber)),
                new CheckJournal.Waiting(check(journal.nextId(), subject, caseNumber)));
        group.forEach(CheckJournal.Waiting::take);
        journal.writeGroup(group);

        assertThat(group.get(0).written).isCompleted();
        assertThat(group.get(0).written.isCompletedExceptionally()).isFalse();
        assertThat(group.get(1).written.isCompletedExceptionally()).isTrue();
        assertThat(group.get(2).written.isCompletedExceptionally()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM credit_check WHERE case_number = :c")
                        .param("c", caseNumber)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE case_number = :c AND detail = :d")
                        .param("c", caseNumber)
                        .param("d", "group check " + written.row().checkId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** A check its request gave up on is never taken for writing, and one taken can no longer be given up. */
    @Test
    void aCheckIsEitherTakenOrAbandonedNeverBoth() {
        var abandoned = new CheckJournal.Waiting(check(1, 1, "X"));
        assertThat(abandoned.abandon()).isTrue();
        assertThat(abandoned.take()).isFalse();

        var taken = new CheckJournal.Waiting(check(2, 1, "X"));
        assertThat(taken.take()).isTrue();
        assertThat(taken.abandon()).isFalse();
    }

    /**
     * A check of the subject; for the subject's id negated, one of it that cannot be written: its decision is none the table
     * allows (a constraint both databases enforce).
     */
    private static CheckJournal.JournaledCheck check(long id, long subjectId, String caseNumber) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        var row = new CheckStore.CheckRow(
                id,
                Math.abs(subjectId),
                "government-procurement",
                "PUBLIC_PROCUREMENT",
                caseNumber,
                subjectId < 0 ? "NOT-A-DECISION" : "PROCEED",
                "test-edition",
                "journal-test",
                "fz-public-resource-trading",
                now,
                "{\"checkId\":" + id + "}");
        var measure = new CheckStore.FoundMeasure("group-test-measure", 2, false, null);
        var audit = new AuditEntry(
                "journal-test",
                "fz-public-resource-trading",
                "credit.check",
                Math.abs(subjectId),
                "PUBLIC_PROCUREMENT",
                caseNumber,
                AuditEntry.Outcome.ALLOWED,
                "group check " + id);
        return new CheckJournal.JournaledCheck(row, List.of(measure), audit);
    }
}
