package org.credence.rating.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.credence.catalog.Catalogue;
import org.credence.catalog.Edition;
import org.credence.catalog.EditionSummary;
import org.credence.catalog.RecordType;
import org.credence.subject.Profession;
import org.credence.subject.SubjectRegistry;
import org.springframework.stereotype.Component;

/**
 * What standards may refer to, from the catalogue (record types of every edition, later editions winning) and the
 * subject registry (professions); and whether a record type of an edition may be repaired.
 */
@Component
class ReferenceDataSource {

    private final Catalogue catalogue;
    private final SubjectRegistry subjects;
    private final Map<String, Map<String, Boolean>> repairable = new ConcurrentHashMap<>();

    ReferenceDataSource(Catalogue catalogue, SubjectRegistry subjects) {
        this.catalogue = catalogue;
        this.subjects = subjects;
    }

    ReferenceData current() {
        Map<String, ReferenceData.TypeInfo> types = new HashMap<>();
        for (EditionSummary summary : catalogue.editions()) {
            catalogue
                    .edition(summary.code())
                    .map(Edition::recordTypes)
                    .orElse(java.util.List.of())
                    .forEach(t -> types.put(t.code(), new ReferenceData.TypeInfo(t.polarity(), t.allowedSeverities())));
        }
        return new ReferenceData(
                types, subjects.professions().stream().map(Profession::code).collect(Collectors.toSet()));
    }

    /** Whether the type may be repaired as the edition defines it; editions never change, so answers are kept. */
    boolean repairable(String editionCode, String recordType) {
        // read first: this runs for every record of a full re-rating, and computeIfAbsent would make a lambda each time
        Map<String, Boolean> ofEdition = repairable.get(editionCode);
        Boolean known = ofEdition == null ? null : ofEdition.get(recordType);
        if (known != null) {
            return known;
        }
        return repairable
                .computeIfAbsent(editionCode, e -> new ConcurrentHashMap<>())
                .computeIfAbsent(
                        recordType,
                        t -> catalogue
                                .edition(editionCode)
                                .flatMap(e -> e.recordType(t))
                                .map(RecordType::repairable)
                                .orElse(false));
    }
}
