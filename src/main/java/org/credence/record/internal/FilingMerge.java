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
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Files a batch of filings set-wise: drops repeats of a key within the batch, finds the records already stored under
 * the keys (one join after a {@code COPY} on PostgreSQL, IN lists elsewhere), lets {@link CorrectionPolicy} decide for
 * each of those, then writes new records, corrections and their history in batches and publishes the events.
 */
@Component
class FilingMerge {

    private final RecordTables tables;
    private final PostgresStaging staging;
    private final RecordWrites writes;
    private final Clock clock;
    private final int copyThreshold;
    private final CorrectionPolicy policy = new CorrectionPolicy();

    FilingMerge(
            RecordTables tables,
            PostgresStaging staging,
            RecordWrites writes,
            Clock clock,
            RecordProperties properties) {
        this.tables = tables;
        this.staging = staging;
        this.writes = writes;
        this.clock = clock;
        this.copyThreshold = properties.copyThreshold();
    }

    static String reasonFiled(RecordFiling filing) {
        return filing.reason() != null ? filing.reason() : "submitted by " + filing.providerCode();
    }

    List<FilingOutcome> merge(FilingBatch batch) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<FilingOutcome> outcomes = new ArrayList<>(batch.filings().size());
        List<PreparedFiling> unique = firstOfEachKey(batch.filings(), outcomes);
        boolean copy = batch.batchId() != null && unique.size() >= copyThreshold && staging.available();
        Map<String, ExistingRecord> existing = copy ? byKey(unique, staging.stage(unique)) : lookup(unique);
        var plan = new MergePlan(batch.batchId(), batch.actor(), now);
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
        outcomes.addAll(copy ? insertStaged(plan) : writes.insert(plan));
        outcomes.addAll(writes.correct(plan));
        outcomes.addAll(writes.keepUnchanged(plan));
        outcomes.sort(Comparator.comparingLong(FilingOutcome::line));
        return outcomes;
    }

    private List<FilingOutcome> insertStaged(MergePlan plan) {
        if (plan.fresh.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> ids = staging.insertStaged(plan.batchId(), plan.actor, plan.now);
        if (ids.size() != plan.fresh.size()) {
            throw new OptimisticLockingFailureException(
                    "another transaction filed some of these source references first; retry the chunk");
        }
        return writes.filed(plan, ids);
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

    private Map<String, ExistingRecord> lookup(List<PreparedFiling> unique) {
        Map<String, List<String>> referencesByProvider = new HashMap<>();
        for (PreparedFiling p : unique) {
            referencesByProvider
                    .computeIfAbsent(p.filing().providerCode(), k -> new ArrayList<>())
                    .add(p.filing().sourceReference());
        }
        Map<String, ExistingRecord> found = new HashMap<>();
        referencesByProvider.forEach((provider, refs) -> {
            for (ExistingRecord e : tables.existing(provider, refs)) {
                found.put(provider + '\u001f' + e.sourceReference(), e);
            }
        });
        return found;
    }

    /** Staged chunks come from one provider per batch, but key by provider anyway. */
    private static Map<String, ExistingRecord> byKey(List<PreparedFiling> unique, List<ExistingRecord> existing) {
        Map<String, String> providerByReference = new HashMap<>();
        unique.forEach(p ->
                providerByReference.put(p.filing().sourceReference(), p.filing().providerCode()));
        Map<String, ExistingRecord> found = new HashMap<>();
        for (ExistingRecord e : existing) {
            found.put(providerByReference.get(e.sourceReference()) + '\u001f' + e.sourceReference(), e);
        }
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
