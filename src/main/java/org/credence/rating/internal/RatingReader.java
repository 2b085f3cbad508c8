package org.credence.rating.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.credence.rating.Counterfactual;
import org.credence.rating.CurrentGrade;
import org.credence.rating.ProfessionalRank;
import org.credence.rating.Rating;
import org.credence.shared.ApiException;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a subject's ratings: the stored ones (rating first those that apply but are missing), each with the
 * counterfactuals of its standard over the records as they stand and, for professionals, the ranks; or replays them
 * for a past moment.
 */
@Component
class RatingReader {

    private final RatingQueries queries;
    private final IncrementalRater rater;
    private final SubjectSource source;
    private final StandardLibrary library;
    private final StandardStore standards;
    private final RatingTime time;
    private final TablePopulationReader population;

    RatingReader(
            RatingQueries queries,
            IncrementalRater rater,
            SubjectSource source,
            StandardLibrary library,
            StandardStore standards,
            RatingTime time,
            TablePopulationReader population) {
        this.queries = queries;
        this.rater = rater;
        this.source = source;
        this.library = library;
        this.standards = standards;
        this.time = time;
        this.population = population;
    }

    public List<Rating> ratingsOf(long subjectId) {
        SubjectFacts subject = source.facts(subjectId)
                .orElseThrow(() -> ApiException.notFound("subject-not-found", "no subject " + subjectId));
        LocalDate today = time.today();
        List<StoredRating> stored = stored(subject, today);
        List<RecordFact> records =
                source.records(subjectId).stream().map(source::fact).toList();
        List<Rating> ratings = new ArrayList<>();
        for (StoredRating rating : stored) {
            StandardDocument standard = library.active(
                            standards.find(rating.standardId()).orElseThrow())
                    .document();
            Evaluation now = Evaluator.rate(standard, records, today, Set.of());
            List<Counterfactual> whatIfs =
                    RatingViews.counterfactuals(standard, Explainer.explain(standard, records, today, now));
            List<ProfessionalRank> ranks = standard.scope().kind() == SubjectKind.PERSON
                    ? queries.ranks(subjectId, rating.scheme())
                    : List.<ProfessionalRank>of();
            ratings.add(RatingViews.of(rating, standard, whatIfs, ranks));
        }
        return ratings;
    }

    /**
     * The stored grades, rating first a scheme that applies but has none. The subject's facts come with its grades in
     * one query (the check reads this on every request, the grade rules' backlog for every subject a full re-rating
     * moved) and tell its kind, so that only the schemes for that kind are looked at; no reasons are decoded.
     */
    public List<CurrentGrade> gradesOf(long subjectId) {
        LocalDate today = time.today();
        TablePopulationReader.FactsAndGrades read = population
                .factsAndGrades(subjectId)
                .orElseThrow(() -> ApiException.notFound("subject-not-found", "no subject " + subjectId));
        Set<String> rated = read.grades().stream().map(CurrentGrade::scheme).collect(Collectors.toSet());
        if (!missing(rated, read.facts().kind(), read::facts, today)) {
            return read.grades();
        }
        rater.rate(subjectId);
        return grades(queries.ofSubject(subjectId));
    }

    private static List<CurrentGrade> grades(List<StoredRating> stored) {
        return stored.stream()
                .map(r -> new CurrentGrade(r.scheme(), r.grade(), r.version(), r.asOf()))
                .toList();
    }

    public List<Rating> replay(long subjectId, Instant at) {
        SubjectFacts subject = source.facts(subjectId)
                .orElseThrow(() -> ApiException.notFound("subject-not-found", "no subject " + subjectId));
        LocalDate date = time.dateOf(at);
        List<RecordFact> records = source.asOf(subjectId, at);
        List<Rating> ratings = new ArrayList<>();
        for (StandardLibrary.Active standard : library.inForce(at, date)) {
            if (Evaluator.evaluate(standard.document(), subject, records, date) instanceof Evaluator.Rated rated) {
                var whatIfs = RatingViews.counterfactuals(
                        standard.document(), Explainer.explain(standard.document(), records, date, rated.evaluation()));
                ratings.add(RatingViews.of(subjectId, standard, rated.evaluation(), date, RatingTime.utc(at), whatIfs));
            }
        }
        return ratings;
    }

    /** The subject's stored ratings, after rating it first when a scheme in force applies to it but has no rating. */
    private List<StoredRating> stored(SubjectFacts subject, LocalDate today) {
        return current(subject.subjectId(), subject.kind(), () -> subject, today);
    }

    /**
     * The subject's stored ratings, after rating it first when a scheme in force (for its kind, if known) applies to it
     * but has no rating. Whether a scheme applies depends on the subject's facts, which are read only when some scheme
     * has no rating of it: an organisation rated under every scheme for organisations costs one query.
     */
    private List<StoredRating> current(
            long subjectId, @Nullable SubjectKind kind, Supplier<SubjectFacts> facts, LocalDate today) {
        List<StoredRating> stored = queries.ofSubject(subjectId);
        Set<String> rated = stored.stream().map(StoredRating::scheme).collect(Collectors.toSet());
        if (!missing(rated, kind, facts, today)) {
            return stored;
        }
        rater.rate(subjectId);
        return queries.ofSubject(subjectId);
    }

    /**
     * Whether a scheme in force (for the kind, if known) has no rating among those rated but applies to the subject;
     * the facts are asked for only when some scheme has no rating.
     */
    private boolean missing(
            Set<String> rated, @Nullable SubjectKind kind, Supplier<SubjectFacts> facts, LocalDate today) {
        List<StandardLibrary.Active> unrated = library.inForce(time.now().toInstant(), today).stream()
                .filter(a -> !rated.contains(a.scheme()))
                .filter(a -> kind == null || a.document().scope().kind() == kind)
                .toList();
        if (unrated.isEmpty()) {
            return false;
        }
        SubjectFacts subject = facts.get();
        return unrated.stream()
                .anyMatch(a ->
                        ScopePolicy.decide(a.document().scope(), subject, today) instanceof ScopePolicy.Applicable);
    }
}
