package org.credence.supervision;

import java.util.List;

/**
 * One inspection target as published: the subject by masked identifier and (for a natural person, masked) name, its
 * grade and category, its draw key and the inspectors assigned.
 */
public record DrawTarget(
        int position,
        String maskedIdentifier,
        String name,
        String grade,
        String category,
        String drawKey,
        List<Inspector> inspectors) {

    public DrawTarget {
        inspectors = List.copyOf(inspectors);
    }
}
