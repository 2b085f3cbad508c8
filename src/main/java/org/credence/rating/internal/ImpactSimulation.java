package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.credence.rating.ImpactReport;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Rates the current population with a standard without storing anything, streaming it chunk by chunk, and compares
 * each subject's grade with its current grade under the scheme.
 */
@Component
class ImpactSimulation {

    private final PopulationReader population;
    private final RatingQueries queries;
    private final SubjectRegistry subjects;
    private final RatingTime time;
    private final int chunkSize;

    ImpactSimulation(
            PopulationReader population,
            RatingQueries queries,
            SubjectRegistry subjects,
            RatingTime time,
            RatingProperties properties) {
        this.population = population;
        this.queries = queries;
        this.subjects = subjects;
        this.time = time;
        this.chunkSize = properties.chunkSize();
    }

    ImpactReport simulate(StandardLibrary.Active standard, int samplesPerCell) {
        StandardDocument document = standard.document();
        var tally = new Tally(document, time.today(), samplesPerCell);
        long cursor = 0;
        for (var chunk = population.next(cursor, chunkSize);
                !chunk.isEmpty();
                chunk = population.next(cursor, chunkSize)) {
            tally.add(chunk, queries.grades(document.scheme(), cursor, chunk.lastSubjectId()));
            cursor = chunk.lastSubjectId();
        }
        return new ImpactReport(
                standard.stored().standardId(),
                document.scheme(),
                document.version(),
                tally.inScope,
                tally.moved,
                document.grades().stream().map(StandardDocument.Grade::code).toList(),
                transitions(document, tally.cells),
                tally.samples);
    }

    /** The counts so far: subjects in scope, moved, per cell of the matrix, and the samples taken. */
    private final class Tally {

        final StandardDocument document;
        final LocalDate today;
        final int samplesPerCell;
        final Map<String, Long> cells = new HashMap<>();
        final List<ImpactReport.Sample> samples = new ArrayList<>();
        long inScope;
        long moved;

        Tally(StandardDocument document, LocalDate today, int samplesPerCell) {
            this.document = document;
            this.today = today;
            this.samplesPerCell = samplesPerCell;
        }

        void add(PopulationReader.Chunk chunk, Map<Long, RatingQueries.StoredGrade> current) {
            for (PopulationReader.Rateable rateable : chunk.subjects()) {
                if (!(Evaluator.evaluate(document, rateable.subject(), rateable.records(), today)
                        instanceof Evaluator.Rated rated)) {
                    continue;
                }
                inScope++;
                RatingQueries.StoredGrade before =
                        current.get(rateable.subject().subjectId());
                String from = before == null ? null : before.grade();
                String to = rated.evaluation().grade();
                long count = cells.merge(key(from, to), 1L, Long::sum);
                if (!Objects.equals(from, to)) {
                    moved++;
                    if (count <= samplesPerCell) {
                        samples.add(sample(document, rateable.subject().subjectId(), before, rated.evaluation()));
                    }
                }
            }
        }
    }

    private ImpactReport.Sample sample(
            StandardDocument document, long subjectId, RatingQueries.@Nullable StoredGrade before, Evaluation after) {
        return new ImpactReport.Sample(
                subjectId,
                subjects.findById(subjectId).map(SubjectRef::maskedIdentifier).orElse(""),
                before == null ? null : before.grade(),
                before == null ? null : before.score(),
                after.grade(),
                Points.decimal(after.score()),
                RatingViews.reasons(document, after.reasons()));
    }

    /** The matrix as a list, from unrated then each grade best first, to each grade best first; empty cells left out. */
    private static List<ImpactReport.Transition> transitions(StandardDocument document, Map<String, Long> cells) {
        List<@Nullable String> froms = new ArrayList<>();
        froms.add(null);
        document.grades().forEach(g -> froms.add(g.code()));
        List<ImpactReport.Transition> transitions = new ArrayList<>();
        for (String from : froms) {
            for (StandardDocument.Grade to : document.grades()) {
                Long count = cells.get(key(from, to.code()));
                if (count != null) {
                    transitions.add(new ImpactReport.Transition(from, to.code(), count));
                }
            }
        }
        return transitions;
    }

    private static String key(@Nullable String from, String to) {
        return (from == null ? "" : from) + "\u001f" + to;
    }
}
