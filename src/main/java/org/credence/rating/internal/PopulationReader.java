package org.credence.rating.internal;

import java.util.List;

/**
 * Streams the population for full re-ratings and simulations: subjects in id order, each with its licences and its
 * records as they stand now, a bounded chunk at a time so that memory stays flat whatever the population.
 */
interface PopulationReader {

    /** How many subjects there are (for progress). */
    long count();

    /** Up to {@code limit} subjects after {@code afterSubjectId}, in id order, with their records. */
    Chunk next(long afterSubjectId, int limit);

    /**
     * A subject and its records. The list is the reader's, not copied: a reader hands each list over whole and never
     * touches it again (a full re-rating makes one for each of millions of subjects).
     */
    record Rateable(SubjectFacts subject, List<RecordFact> records) {}

    /** A chunk: its subjects, the last subject id in it (the next cursor), and how many records were read. */
    record Chunk(List<Rateable> subjects, long lastSubjectId, long records) {

        public Chunk {
            subjects = List.copyOf(subjects);
        }

        boolean isEmpty() {
            return subjects.isEmpty();
        }
    }
}
