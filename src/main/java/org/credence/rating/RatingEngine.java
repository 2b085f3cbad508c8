package org.credence.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;

/**
 * The ratings' facade: a subject's ratings under every scheme that applies to it, kept current from record events
 * and by full re-rating jobs; replays for a past moment; professional rankings; the re-rating jobs.
 */
public interface RatingEngine {

    /**
     * The subject's current ratings with reasons, counterfactuals and ranks; a scheme that applies but has no stored
     * rating yet (a subject not seen since its standard came into force) is rated and stored first.
     */
    List<Rating> ratingsOf(long subjectId);

    /**
     * The subject's current grades under every scheme that applies, as stored (a scheme that applies but has no stored
     * rating yet is rated first), without reasons or counterfactuals: a few queries, for hot paths such as the check.
     */
    List<CurrentGrade> gradesOf(long subjectId);

    /**
     * Recomputes the ratings as they were at a past moment: from the records known then, each as it stood then (its
     * history), and the standard version in force then. Replaying the moment a rating was computed gives that rating.
     */
    List<Rating> replay(long subjectId, Instant at);

    /** Replays the end of a date (in the rating zone). */
    List<Rating> replay(long subjectId, LocalDate date);

    /** Recomputes and stores the subject's ratings now: what a record event does. */
    List<Rating> rate(long subjectId);

    /**
     * The professionals rated under a scheme in a profession and region (a 6-digit code: a province's, a city's or a
     * county's), best first.
     */
    Page<RankedProfessional> ranking(String scheme, String profession, String regionCode, PageRequest page);

    /**
     * The lines of a ranking that belong to the given subjects only (an association's members, say), ranked still
     * among all peers of the profession and region.
     */
    Page<RankedProfessional> ranking(
            String scheme, String profession, String regionCode, Set<Long> among, PageRequest page);

    /**
     * The subjects rated under a scheme and their stored grades, in subject id order after {@code afterSubjectId} (0
     * to start), at most {@code limit} (1 to 10,000): for paging through a scheme's whole population by keyset.
     */
    List<SubjectGrade> grades(String scheme, long afterSubjectId, int limit);

    Optional<RerateJob> job(long jobId);

    /** The most recent jobs, newest first. */
    List<RerateJob> jobs(int limit);

    /** Starts a full re-rating of every scheme with the version in force now, superseding jobs pending or running. */
    RerateJob rerateAll();
}
