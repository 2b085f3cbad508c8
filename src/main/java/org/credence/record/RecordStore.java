package org.credence.record;

import java.util.List;
import java.util.Optional;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;

/**
 * The record module's facade: files records idempotently (single or in chunks, PostgreSQL {@code COPY} for large
 * chunks there), reads them with their history, and moves them through their status lifecycle.
 */
public interface RecordStore {

    /**
     * Files every filing of the batch in the caller's transaction (one is started if none is active) and publishes
     * {@link RecordFiled} and {@link RecordCorrected} events in it. Outcomes come back in line order.
     */
    List<FilingOutcome> file(FilingBatch batch);

    /** Does the part of filing that needs no transaction, on any thread; store the result with {@link #file}. */
    PreparedFilings prepare(FilingBatch batch);

    /** Files what {@link #prepare} made ready, as {@link #file(FilingBatch)} does. */
    List<FilingOutcome> file(PreparedFilings prepared);

    Optional<CreditRecord> find(long recordId);

    /** The record's history, oldest first. */
    List<HistoryEntry> history(long recordId);

    /** A subject's records, newest decision first. */
    Page<CreditRecord> ofSubject(long subjectId, RecordFilter filter, PageRequest page);

    /** Moves a record to another status if the lifecycle allows it; publishes {@link RecordStatusChanged}. */
    CreditRecord changeStatus(StatusChange change);
}
