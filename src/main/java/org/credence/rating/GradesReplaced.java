package org.credence.rating;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The grades a full re-rating changed in one chunk of the population, grouped by transition (a few groups however many
 * subjects), published <em>in the chunk's transaction</em>. Meant for a synchronous listener that queues its work (the
 * work backlog), never for an asynchronous one: a first rating of a population changes every grade, which as durable
 * event publications would cost more than the ratings themselves. Incremental ratings publish {@link RatingChanged}
 * and {@link RatingsChanged} instead.
 */
public record GradesReplaced(List<Transition> transitions) {

    public GradesReplaced {
        transitions = List.copyOf(transitions);
    }

    /**
     * The subjects whose grade under a scheme went from one value to another ({@code null}: not rated).
     *
     * @param standardVersion the version of the new rating, 0 when there is none
     */
    public record Transition(
            String scheme, @Nullable String from, @Nullable String to, int standardVersion, List<Long> subjectIds) {

        public Transition {
            subjectIds = List.copyOf(subjectIds);
        }
    }

    /** Groups single changes by scheme, grades and version; changes that leave the grade as it was are dropped. */
    public static GradesReplaced of(List<RatingChanged> changes) {
        Map<List<Object>, List<RatingChanged>> byTransition = changes.stream()
                .filter(c -> !Objects.equals(c.from(), c.to()))
                .collect(Collectors.groupingBy(
                        c -> Arrays.asList(c.scheme(), c.from(), c.to(), c.standardVersion()),
                        LinkedHashMap::new,
                        Collectors.toList()));
        return new GradesReplaced(byTransition.values().stream()
                .map(same -> new Transition(
                        same.getFirst().scheme(),
                        same.getFirst().from(),
                        same.getFirst().to(),
                        same.getFirst().standardVersion(),
                        same.stream().map(RatingChanged::subjectId).toList()))
                .toList());
    }

    public boolean isEmpty() {
        return transitions.isEmpty();
    }
}
