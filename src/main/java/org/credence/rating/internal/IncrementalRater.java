package org.credence.rating.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.credence.rating.RatingChanged;
import org.credence.rating.RatingsChanged;
import org.credence.record.CreditRecord;
import org.credence.shared.ContendedWrites;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rates one subject now under every scheme in force, from its records through the record facade, and replaces its
 * ratings in one transaction; publishes {@link RatingChanged} for every grade that changed. The inputs are stamped with
 * the moment they were read (no earlier than the last change of any record read), which is the moment a replay must
 * name to get the same rating back.
 */
@Component
class IncrementalRater {

    private final SubjectSource source;
    private final TablePopulationReader population;
    private final StandardLibrary library;
    private final RatingWriter writer;
    private final RatingTime time;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    IncrementalRater(
            SubjectSource source,
            TablePopulationReader population,
            StandardLibrary library,
            RatingWriter writer,
            RatingTime time,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.source = source;
        this.population = population;
        this.library = library;
        this.writer = writer;
        this.time = time;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
    }

    /**
     * Rates and stores in a transaction of its own; losing to a concurrent writer of the same subject (its first rating
     * stored meanwhile, a lock wait timed out) makes it try again ({@link ContendedWrites}).
     */
    List<RatingWriter.Change> rate(long subjectId) {
        return ContendedWrites.call(transactions, () -> rateInTransaction(subjectId));
    }

    /**
     * Rates many subjects (a bulk filing's chunk) the way {@link #rate} rates one, with a few queries for all of them:
     * inputs read together and stamped with one moment, ratings replaced together, one {@link RatingsChanged} with
     * every grade that changed. Groups of {@value #GROUP} subjects, each in a transaction of its own; a group that meets a
     * concurrent first rating falls back to rating its subjects one by one.
     */
    void rateAll(Collection<Long> subjectIds) {
        List<Long> ids = subjectIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += GROUP) {
            List<Long> group = ids.subList(from, Math.min(ids.size(), from + GROUP));
            try {
                transactions.executeWithoutResult(status -> rateGroup(group));
            } catch (DuplicateKeyException e) {
                group.forEach(this::rate);
            }
        }
    }

    private static final int GROUP = 1000;

    private void rateGroup(List<Long> ids) {
        OffsetDateTime start = time.now();
        PopulationReader.Chunk chunk = population.subjects(ids);
        if (chunk.isEmpty()) {
            return;
        }
        OffsetDateTime readAt = population
                .lastChange(ids)
                .map(t -> RatingTime.utc(t.toInstant()))
                .filter(t -> t.isAfter(start))
                .orElse(start);
        LocalDate date = time.dateOf(readAt.toInstant());
        List<StandardLibrary.Active> standards = library.inForce(readAt.toInstant(), date);
        List<RatingRow> rows = new ArrayList<>();
        for (PopulationReader.Rateable rateable : chunk.subjects()) {
            SubjectFacts subject = rateable.subject();
            for (StandardLibrary.Active standard : standards) {
                if (Evaluator.evaluate(standard.document(), subject, rateable.records(), date)
                        instanceof Evaluator.Rated rated) {
                    rows.add(new RatingRow(
                            subject.subjectId(),
                            standard.scheme(),
                            standard.stored().standardId(),
                            standard.stored().version(),
                            rated.evaluation(),
                            date,
                            readAt,
                            subject.regionCode(),
                            null));
                }
            }
        }
        List<Long> rated =
                chunk.subjects().stream().map(r -> r.subject().subjectId()).toList();
        List<String> schemes =
                standards.stream().map(StandardLibrary.Active::scheme).toList();
        List<RatingChanged> changed = new ArrayList<>();
        for (RatingWriter.SubjectChange c : writer.replaceSubjects(rated, schemes, rows, readAt, time.now())) {
            if (!Objects.equals(c.change().from(), c.change().to())) {
                changed.add(new RatingChanged(
                        c.subjectId(),
                        c.change().scheme(),
                        c.change().from(),
                        c.change().to(),
                        c.change().version()));
            }
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new RatingsChanged(changed));
        }
    }

    private List<RatingWriter.Change> rateInTransaction(long subjectId) {
        OffsetDateTime start = time.now();
        Optional<SubjectFacts> subject = source.facts(subjectId);
        if (subject.isEmpty()) {
            return List.of();
        }
        List<CreditRecord> records = source.records(subjectId);
        OffsetDateTime readAt = records.stream()
                .map(CreditRecord::updatedAt)
                .map(t -> RatingTime.utc(t.toInstant()))
                .filter(t -> t.isAfter(start))
                .max(OffsetDateTime::compareTo)
                .orElse(start);
        LocalDate date = time.dateOf(readAt.toInstant());
        List<RecordFact> facts = records.stream().map(source::fact).toList();
        List<StandardLibrary.Active> standards = library.inForce(readAt.toInstant(), date);
        List<RatingRow> rows = new ArrayList<>();
        for (StandardLibrary.Active standard : standards) {
            if (Evaluator.evaluate(standard.document(), subject.get(), facts, date) instanceof Evaluator.Rated rated) {
                rows.add(new RatingRow(
                        subjectId,
                        standard.scheme(),
                        standard.stored().standardId(),
                        standard.stored().version(),
                        rated.evaluation(),
                        date,
                        readAt,
                        subject.get().regionCode(),
                        null));
            }
        }
        List<String> schemes =
                standards.stream().map(StandardLibrary.Active::scheme).toList();
        List<RatingWriter.Change> changes = writer.replaceSubject(subjectId, schemes, rows, readAt, time.now());
        for (RatingWriter.Change change : changes) {
            if (!Objects.equals(change.from(), change.to())) {
                events.publishEvent(
                        new RatingChanged(subjectId, change.scheme(), change.from(), change.to(), change.version()));
            }
        }
        return changes;
    }
}
