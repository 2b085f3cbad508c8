package org.credence.record;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a record is public: from {@code publicationDate}; the subject may apply for repair from {@code minimumEnd};
 * publication stops by itself at {@code maximumEnd}. All empty for a record that is not published; {@code minimumEnd}
 * empty and {@code maximumEnd} the record's own end (or empty) for one published while in force.
 */
public record PublicityDates(
        @Nullable LocalDate publicationDate,
        @Nullable LocalDate minimumEnd,
        @Nullable LocalDate maximumEnd) {

    public static final PublicityDates NOT_PUBLISHED = new PublicityDates(null, null, null);

    public boolean published() {
        return publicationDate != null;
    }
}
