package org.credence.rating.internal;

import java.util.Map;
import java.util.Set;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;

/**
 * What a standard may refer to: the record types of every catalogue edition (with their polarity and the severities
 * they allow; none for an ungraded type) and the professions on file.
 */
record ReferenceData(Map<String, TypeInfo> recordTypes, Set<String> professions) {

    ReferenceData {
        recordTypes = Map.copyOf(recordTypes);
        professions = Set.copyOf(professions);
    }

    /** A record type as the catalogue defines it. */
    record TypeInfo(Polarity polarity, Set<Severity> severities) {

        TypeInfo {
            severities = Set.copyOf(severities);
        }
    }
}
