package org.credence.rating;

import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A full re-rating of the population: the standard each scheme is re-rated with (0: none in force any more, its
 * ratings removed), why it runs, where it stands and how far it got. The cursor is the last subject id done.
 */
public record RerateJob(
        long jobId,
        Map<String, Long> targets,
        String cause,
        Status status,
        long cursorSubjectId,
        long subjectsTotal,
        long subjectsDone,
        long recordsRead,
        long ratingsWritten,
        @Nullable String owner,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime startedAt,
        @Nullable OffsetDateTime heartbeatAt,
        @Nullable OffsetDateTime finishedAt,
        @Nullable String error) {

    public RerateJob {
        targets = Map.copyOf(targets);
    }

    /** A job's state; a newer job for the same scheme supersedes a pending or running one. */
    public enum Status {
        PENDING,
        RUNNING,
        COMPLETED,
        FAILED,
        SUPERSEDED
    }

    /** Done share from 0 to 100. */
    public double percent() {
        return subjectsTotal == 0
                ? (status == Status.COMPLETED ? 100 : 0)
                : Math.min(100, 100.0 * subjectsDone / subjectsTotal);
    }
}
