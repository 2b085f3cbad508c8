package org.credence.listing.internal;

import org.springframework.stereotype.Component;

/** Lets integration tests outside this package run the daily sweep as the scheduler would. */
@Component
public class ListingTestAccess {

    private final EntrySweep sweep;

    ListingTestAccess(EntrySweep sweep) {
        this.sweep = sweep;
    }

    /** Runs the sweep now; how many entries came into force and how many expired. */
    public int[] sweep() {
        EntrySweep.Result result = sweep.sweep();
        return new int[] {result.activated(), result.expired()};
    }
}
