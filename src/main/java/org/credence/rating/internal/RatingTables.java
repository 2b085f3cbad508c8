package org.credence.rating.internal;

/**
 * The pair of tables a rating is written to: its row and its professions (rank entries). Readers only ever see the live
 * pair; a full re-rating on PostgreSQL writes a pair of its own and switches it in at the end ({@link RatingRebuild}).
 *
 * @param ratings the ratings table
 * @param professions the professions table
 */
record RatingTables(String ratings, String professions) {

    /** The tables every reader reads. */
    static final RatingTables LIVE = new RatingTables("rating", "rating_profession");

    /** The tables a job builds the population's new ratings in, named after the job. */
    static RatingTables rebuildOf(long jobId) {
        return new RatingTables("rating_rebuild_" + jobId, "rating_profession_rebuild_" + jobId);
    }

    boolean live() {
        return equals(LIVE);
    }
}
