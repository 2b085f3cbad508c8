package org.credence.rating.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.credence.record.CreditRecord;
import org.credence.record.RecordFilter;
import org.credence.record.RecordStore;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.subject.SubjectDetails;
import org.credence.subject.SubjectRegistry;
import org.springframework.stereotype.Component;

/**
 * One subject's inputs through the subject and record facades: its facts, its records as they stand, and its records
 * as they stood at a past moment (from their histories).
 */
@Component
class SubjectSource {

    private final SubjectRegistry subjects;
    private final RecordStore records;
    private final ReferenceDataSource references;

    SubjectSource(SubjectRegistry subjects, RecordStore records, ReferenceDataSource references) {
        this.subjects = subjects;
        this.records = records;
        this.references = references;
    }

    Optional<SubjectFacts> facts(long subjectId) {
        return subjects.details(subjectId).map(SubjectSource::facts);
    }

    static SubjectFacts facts(SubjectDetails details) {
        return new SubjectFacts(
                details.subject().subjectId(),
                details.subject().kind(),
                details.organisationType(),
                details.subject().regionCode(),
                details.registrations().stream()
                        .map(r -> new SubjectFacts.Licence(r.professionCode(), r.validFrom(), r.validTo(), r.status()))
                        .toList());
    }

    /** Every record of the subject as stored now. */
    List<CreditRecord> records(long subjectId) {
        List<CreditRecord> all = new ArrayList<>();
        int page = 0;
        Page<CreditRecord> current;
        do {
            current = records.ofSubject(subjectId, RecordFilter.NONE, new PageRequest(page++, PageRequest.MAX_SIZE));
            all.addAll(current.items());
        } while (current.hasMore());
        return all;
    }

    RecordFact fact(CreditRecord record) {
        var publicity = record.publicity();
        return new RecordFact(
                record.recordId(),
                record.recordType(),
                record.polarity(),
                record.severity(),
                record.status(),
                record.decisionDate(),
                record.effectiveFrom(),
                record.effectiveTo(),
                publicity.minimumEnd(),
                publicity.maximumEnd(),
                references.repairable(record.editionCode(), record.recordType()));
    }

    /** The subject's records known at the moment, each as it stood then. */
    List<RecordFact> asOf(long subjectId, Instant at) {
        List<RecordFact> facts = new ArrayList<>();
        for (CreditRecord record : records(subjectId)) {
            if (!record.filedAt().toInstant().isAfter(at)) {
                boolean repairable = references.repairable(record.editionCode(), record.recordType());
                RecordReplay.asOf(record, records.history(record.recordId()), at, repairable)
                        .ifPresent(facts::add);
            }
        }
        return facts;
    }
}
