package org.credence.record.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.credence.record.CreditRecord;
import org.credence.record.FilingBatch;
import org.credence.record.FilingOutcome;
import org.credence.record.HistoryEntry;
import org.credence.record.PreparedFilings;
import org.credence.record.RecordFilter;
import org.credence.record.RecordStatusChanged;
import org.credence.record.RecordStore;
import org.credence.record.StatusChange;
import org.credence.shared.ApiException;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcRecordStore implements RecordStore {

    private final FilingMerge merge;
    private final RecordTables tables;
    private final RecordQueries queries;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StatusTransitions transitions = new StatusTransitions();

    JdbcRecordStore(
            FilingMerge merge,
            RecordTables tables,
            RecordQueries queries,
            ApplicationEventPublisher events,
            Clock clock) {
        this.merge = merge;
        this.tables = tables;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<FilingOutcome> file(FilingBatch batch) {
        return merge.merge(merge.prepare(batch));
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public PreparedFilings prepare(FilingBatch batch) {
        return merge.prepare(batch);
    }

    @Override
    @Transactional
    public List<FilingOutcome> file(PreparedFilings prepared) {
        if (!(prepared instanceof PreparedBatch batch)) {
            throw new IllegalArgumentException("prepare filings with RecordStore.prepare");
        }
        return merge.merge(batch);
    }

    @Override
    public Optional<CreditRecord> find(long recordId) {
        return queries.find(recordId);
    }

    @Override
    public List<HistoryEntry> history(long recordId) {
        return queries.find(recordId)
                .map(r -> queries.history(r.subjectId(), recordId))
                .orElse(List.of());
    }

    @Override
    public Page<CreditRecord> ofSubject(long subjectId, RecordFilter filter, PageRequest page) {
        return Page.of(queries.ofSubject(subjectId, filter, page), page);
    }

    @Override
    @Transactional
    public CreditRecord changeStatus(StatusChange change) {
        CreditRecord record = queries.find(change.recordId())
                .orElseThrow(() -> ApiException.notFound("unknown-record", "no record " + change.recordId()));
        if (transitions.decide(record.status(), change.to()) instanceof StatusTransitions.Refused refused) {
            throw ApiException.conflict(refused.code(), refused.message());
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (tables.updateStatus(record.recordId(), record.status(), change.to(), now) != 1) {
            throw new OptimisticLockingFailureException("record " + record.recordId() + " changed meanwhile");
        }
        tables.appendHistory(List.of(new HistoryRow(
                record.subjectId(),
                record.recordId(),
                record.version(),
                HistoryEntry.Kind.STATUS_CHANGED,
                record.status(),
                change.to(),
                change.actor(),
                change.reason(),
                List.of(),
                null,
                null,
                now)));
        events.publishEvent(
                new RecordStatusChanged(record.recordId(), record.subjectId(), record.status(), change.to()));
        return queries.find(record.recordId()).orElseThrow();
    }
}
