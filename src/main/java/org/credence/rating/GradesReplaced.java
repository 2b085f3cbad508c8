package org.credence.rating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        Map<List<Object>, List<RatingChanged>> byTransition = new LinkedHashMap<>();
        for (RatingChanged change : changes) {
            if (Objects.equals(change.from(), change.to())) {
                continue;
            }
            List<Object> key = new ArrayList<>(4);
            key.add(change.scheme());
            key.add(Objects.toString(change.from(), ""));
            key.add(Objects.toString(change.to(), ""));
            key.add(change.standardVersion());
            byTransition.computeIfAbsent(key, k -> new ArrayList<>()).add(change);
        }
        List<Transition> transitions = new ArrayList<>(byTransition.size());
        for (List<RatingChanged> same : byTransition.values()) {
            RatingChanged first = same.getFirst();
            transitions.add(new Transition(
                    first.scheme(),
                    first.from(),
                    first.to(),
                    first.standardVersion(),
                    same.stream().map(RatingChanged::subjectId).toList()));
        }
        return new GradesReplaced(transitions);
    }

    public boolean isEmpty() {
        return transitions.isEmpty();
    }
}
