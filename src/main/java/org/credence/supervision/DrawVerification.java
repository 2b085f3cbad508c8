package org.credence.supervision;

import java.util.List;

/**
 * The draw recomputed from its recorded inputs and compared with its recorded result.
 *
 * @param populationMatches whether the recorded population snapshot still has the recorded count and digest
 * @param resultMatches whether every recomputed target, category count and inspector equals the recorded one
 * @param differences the first differences found, readable
 */
public record DrawVerification(
        long drawId,
        boolean matches,
        boolean populationMatches,
        boolean resultMatches,
        String recordedResultDigest,
        String recomputedResultDigest,
        List<String> differences) {

    public DrawVerification {
        differences = List.copyOf(differences);
    }
}
