package org.credence.catalog;

import org.jspecify.annotations.Nullable;

/**
 * How long a record is published: not at all, for a period of months from its publication date (a minimum after
 * which repair may end it and a maximum after which it stops by itself), or for as long as the record is in force
 * (licences, qualifications, honours).
 */
public record PublicityRule(
        Mode mode, @Nullable Integer minMonths, @Nullable Integer maxMonths) {

    /** The three shapes of a rule. */
    public enum Mode {
        NOT_PUBLISHED,
        PERIOD,
        WHILE_IN_FORCE
    }

    public static final PublicityRule NOT_PUBLISHED = new PublicityRule(Mode.NOT_PUBLISHED, null, null);
    public static final PublicityRule WHILE_IN_FORCE = new PublicityRule(Mode.WHILE_IN_FORCE, null, null);

    public PublicityRule {
        if (mode == Mode.PERIOD) {
            if (minMonths == null || maxMonths == null || minMonths < 0 || maxMonths < minMonths) {
                throw new IllegalArgumentException(
                        "a publicity period needs 0 <= minMonths <= maxMonths, was " + minMonths + ".." + maxMonths);
            }
        } else if (minMonths != null || maxMonths != null) {
            throw new IllegalArgumentException("only a PERIOD rule has minMonths and maxMonths");
        }
    }

    public static PublicityRule period(int minMonths, int maxMonths) {
        return new PublicityRule(Mode.PERIOD, minMonths, maxMonths);
    }

    public boolean published() {
        return mode != Mode.NOT_PUBLISHED;
    }
}
