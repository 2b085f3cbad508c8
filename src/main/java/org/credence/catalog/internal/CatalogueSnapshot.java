package org.credence.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.credence.catalog.Edition;
import org.credence.catalog.MatterType;
import org.credence.catalog.Provider;

/** The whole catalogue as of one revision; editions oldest first. */
record CatalogueSnapshot(
        long revision, List<Edition> editions, Map<String, Provider> providers, List<MatterType> matterTypes) {

    static CatalogueSnapshot of(
            long revision, List<Edition> editions, List<Provider> providers, List<MatterType> matterTypes) {
        return new CatalogueSnapshot(
                revision,
                List.copyOf(editions),
                providers.stream().collect(Collectors.toUnmodifiableMap(Provider::code, Function.identity())),
                List.copyOf(matterTypes));
    }

    Optional<Edition> inForce(LocalDate date) {
        Edition found = null;
        for (Edition edition : editions) {
            if (!edition.effectiveFrom().isAfter(date)) {
                found = edition;
            }
        }
        return Optional.ofNullable(found);
    }

    Optional<Edition> edition(String code) {
        return editions.stream().filter(e -> e.code().equals(code)).findFirst();
    }
}
