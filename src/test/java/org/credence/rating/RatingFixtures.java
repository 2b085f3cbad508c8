package org.credence.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.credence.catalog.Catalogue;
import org.credence.catalog.RecordType;
import org.credence.catalog.Severity;
import org.credence.record.FilingBatch;
import org.credence.record.FilingOutcome;
import org.credence.record.RecordFiling;
import org.credence.record.RecordStore;
import org.credence.subject.LicenceStatus;
import org.credence.subject.NewRegistration;
import org.credence.subject.NewSubject;
import org.credence.subject.SubjectRegistry;
import org.credence.support.TestIdentifiers;
import org.jspecify.annotations.Nullable;

/** Subjects and records for rating tests, put on file through the subject and record facades. */
final class RatingFixtures {

    static final String PROVIDER = "fz-market-supervision";

    private final SubjectRegistry subjects;
    private final RecordStore records;
    private final Catalogue catalogue;

    RatingFixtures(SubjectRegistry subjects, RecordStore records, Catalogue catalogue) {
        this.subjects = subjects;
        this.records = records;
        this.catalogue = catalogue;
    }

    long enterprise() {
        return subjects.register(new NewSubject(TestIdentifiers.organisation(), "福州评级测试有限公司", null, null))
                .subjectId();
    }

    long person(@Nullable String regionCode) {
        return subjects.register(new NewSubject(TestIdentifiers.person(), "评级测试人", regionCode, null))
                .subjectId();
    }

    long professional(String profession, @Nullable String regionCode) {
        long id = person(regionCode);
        subjects.addRegistration(new NewRegistration(
                id,
                profession,
                "LIC-" + UUID.randomUUID(),
                "福建省司法厅",
                LocalDate.of(2020, 1, 1),
                null,
                LicenceStatus.ACTIVE));
        return id;
    }

    /** Files a record and returns its id; {@code reference} makes a later filing with it a correction. */
    long file(
            long subjectId,
            String type,
            @Nullable Severity severity,
            LocalDate decided,
            @Nullable LocalDate effectiveTo,
            String reference) {
        FilingOutcome outcome = records.file(new FilingBatch(
                        null, PROVIDER, List.of(filing(subjectId, type, severity, decided, effectiveTo, reference, 1))))
                .getFirst();
        return recordId(outcome);
    }

    /** Files the records as one chunk of a bulk batch (as the collection path does), which publishes one event. */
    List<Long> fileChunk(
            long batchId, List<Long> subjectIds, String type, @Nullable Severity severity, LocalDate decided) {
        List<RecordFiling> filings = new java.util.ArrayList<>();
        for (int i = 0; i < subjectIds.size(); i++) {
            filings.add(filing(subjectIds.get(i), type, severity, decided, null, "RT-" + UUID.randomUUID(), i + 1));
        }
        return records.file(new FilingBatch(batchId, PROVIDER, filings)).stream()
                .map(RatingFixtures::recordId)
                .toList();
    }

    private RecordFiling filing(
            long subjectId,
            String type,
            @Nullable Severity severity,
            LocalDate decided,
            @Nullable LocalDate effectiveTo,
            String reference,
            long line) {
        RecordType recordType = catalogue.currentEdition().recordType(type).orElseThrow();
        boolean negative = recordType.polarity() == org.credence.catalog.Polarity.NEGATIVE;
        return new RecordFiling(
                subjectId,
                PROVIDER,
                reference,
                recordType,
                catalogue.currentEdition().code(),
                severity,
                negative ? "榕市监罚〔2026〕" + Math.abs(reference.hashCode() % 1000) + "号" : null,
                negative ? "《中华人民共和国行政处罚法》" : null,
                decided,
                decided,
                effectiveTo,
                "评级测试记录",
                null,
                null,
                line);
    }

    private static long recordId(FilingOutcome outcome) {
        return switch (outcome) {
            case FilingOutcome.Filed filed -> filed.recordId();
            case FilingOutcome.Corrected corrected -> corrected.recordId();
            case FilingOutcome.Unchanged unchanged -> unchanged.recordId();
            case FilingOutcome.Refused refused -> throw new AssertionError("refused: " + refused);
        };
    }

    long file(long subjectId, String type, @Nullable Severity severity, LocalDate decided) {
        return file(subjectId, type, severity, decided, null, "RT-" + UUID.randomUUID());
    }
}
