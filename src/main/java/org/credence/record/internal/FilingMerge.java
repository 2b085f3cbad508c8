package org.credence.record.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.credence.record.FilingBatch;
import org.credence.record.FilingOutcome;
import org.credence.record.RecordFiling;
import org.credence.shared.TableStatistics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Files a batch of filings set-wise: drops repeats of a key within the batch; on PostgreSQL first tries to
 * {@code COPY} the whole chunk as new records (a fresh load needs nothing else); otherwise finds the records already
 * stored under the keys (one array query on PostgreSQL, IN lists elsewhere), lets {@link CorrectionPolicy} decide for
 * each of those, writes the new records with their history ({@code COPY} or JDBC batches), the corrections and their
 * history in batches, and publishes the events.
 */
@Component
class FilingMerge {

    private final RecordTables tables;
    private final PostgresCopy copier;
    private final RecordWrites writes;
    private final RecordIds ids;
    private final Clock clock;
    private final int copyThreshold;
    private final CorrectionPolicy policy = new CorrectionPolicy();
    private final TableStatistics statistics;

    FilingMerge(
            RecordTables tables,
            PostgresCopy copier,
            RecordWrites writes,
            RecordIds ids,
            Clock clock,
            RecordProperties properties,
            TableStatistics statistics) {
        this.statistics = statistics;
        this.tables = tables;
        this.copier = copier;
        this.writes = writes;
        this.ids = ids;
        this.clock = clock;
        this.copyThreshold = properties.copyThreshold();
    }

    static String reasonFiled(RecordFiling filing) {
        return filing.reason() != null ? filing.reason() : "submitted by " + filing.providerCode();
    }

    /** The work before the transaction: repeats refused, contents hashed, and on PostgreSQL the COPY data encoded. */
    PreparedBatch prepare(FilingBatch batch) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<FilingOutcome> repeats = new ArrayList<>();
        List<PreparedFiling> unique = firstOfEachKey(batch.filings(), repeats);
        PostgresCopy.CopyData copy = null;
        if (batch.batchId() != null && unique.size() >= copyThreshold && copier.available()) {
            copy = copier.encode(unique, ids.take(unique.size()), batch.batchId(), batch.actor(), now);
        }
        return new PreparedBatch(batch, now, unique, repeats, copy);
    }

    List<FilingOutcome> merge(PreparedBatch ready) {
        FilingBatch batch = ready.batch();
        List<FilingOutcome> outcomes = new ArrayList<>(ready.repeats());
        List<PreparedFiling> unique = ready.unique();
        var plan = new MergePlan(batch.batchId(), batch.actor(), ready.now());
        PostgresCopy.CopyData copyData = ready.copy();
        boolean copy = copyData != null;
        if (copyData != null && copier.copyIfAllNew(copyData)) {
            plan.fresh.addAll(unique);
            outcomes.addAll(writes.filed(plan, copyData.ids()));
            outcomes.sort(Comparator.comparingLong(FilingOutcome::line));
            report(plan);
            return outcomes;
        }
        Map<String, ExistingRecord> existing = lookup(unique, copy);
        for (PreparedFiling prepared : unique) {
            ExistingRecord stored = existing.get(prepared.key());
            if (stored == null) {
                plan.fresh.add(prepared);
            } else {
                plan.decided(
                        prepared,
                        stored,
                        policy.decide(
                                stored,
                                prepared.filing().subjectId(),
                                prepared.hash(),
                                batch.batchId(),
                                prepared.line()));
            }
        }
        outcomes.addAll(plan.refused);
        outcomes.addAll(copy ? writes.copy(plan) : writes.insert(plan));
        outcomes.addAll(writes.correct(plan));
        outcomes.addAll(writes.keepUnchanged(plan));
        outcomes.sort(Comparator.comparingLong(FilingOutcome::line));
        report(plan);
        return outcomes;
    }

    /**
     * Tells the planner statistics how many records a filing added. Not the history: it is only ever read by its key,
     * which no estimate changes.
     */
    private void report(MergePlan plan) {
        statistics.changed("credit_record", plan.fresh.size());
    }

    private static List<PreparedFiling> firstOfEachKey(List<RecordFiling> filings, List<FilingOutcome> outcomes) {
        Map<String, PreparedFiling> first = new LinkedHashMap<>();
        for (RecordFiling filing : filings) {
            PreparedFiling prepared = PreparedFiling.of(filing);
            PreparedFiling earlier = first.putIfAbsent(prepared.key(), prepared);
            if (earlier != null) {
                outcomes.add(new FilingOutcome.Refused(
                        filing.line(),
                        "sourceReference",
                        "duplicate-line",
                        "source reference " + filing.sourceReference() + " is already used on line " + earlier.line()
                                + " of this file"));
            }
        }
        return List.copyOf(first.values());
    }

    private Map<String, ExistingRecord> lookup(List<PreparedFiling> unique, boolean copy) {
        Map<String, List<String>> referencesByProvider = new HashMap<>();
        for (PreparedFiling p : unique) {
            referencesByProvider
                    .computeIfAbsent(p.filing().providerCode(), k -> new ArrayList<>())
                    .add(p.filing().sourceReference());
        }
        List<ExistingRecord> found = new ArrayList<>();
        referencesByProvider.forEach((provider, refs) ->
                found.addAll(copy ? copier.existing(provider, refs) : tables.existing(provider, refs)));
        return byKey(found);
    }

    private static Map<String, ExistingRecord> byKey(List<ExistingRecord> existing) {
        Map<String, ExistingRecord> found = new HashMap<>();
        existing.forEach(e -> found.put(e.key(), e));
        return found;
    }

    /** What the merge will write, collected before writing. */
    static final class MergePlan {

        final @Nullable Long batchId;
        final String actor;
        final OffsetDateTime now;
        final List<PreparedFiling> fresh = new ArrayList<>();
        final List<Planned> corrections = new ArrayList<>();
        final List<Planned> unchanged = new ArrayList<>();
        final List<FilingOutcome> refused = new ArrayList<>();

        MergePlan(@Nullable Long batchId, String actor, OffsetDateTime now) {
            this.batchId = batchId;
            this.actor = actor;
            this.now = now;
        }

        long batchId() {
            if (batchId == null) {
                throw new IllegalStateException("the staged path serves batches only");
            }
            return batchId;
        }

        void decided(PreparedFiling prepared, ExistingRecord stored, CorrectionPolicy.Decision decision) {
            switch (decision) {
                case CorrectionPolicy.KeepUnchanged k -> unchanged.add(new Planned(prepared, stored, null));
                case CorrectionPolicy.AlreadyApplied a -> unchanged.add(new Planned(prepared, stored, null));
                case CorrectionPolicy.Correct c -> corrections.add(new Planned(prepared, stored, c));
                case CorrectionPolicy.Refuse r ->
                    refused.add(new FilingOutcome.Refused(prepared.line(), r.field(), r.code(), r.message()));
            }
        }
    }

    /** A filing that met a stored record, and the correction to make when there is one. */
    record Planned(PreparedFiling prepared, ExistingRecord stored, CorrectionPolicy.@Nullable Correct correction) {}
}
