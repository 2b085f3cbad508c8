package org.credence.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.credence.catalog.MatterType;
import org.credence.catalog.NewEdition;
import org.credence.catalog.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the seed catalogue at start, before the server answers: every edition file under
 * {@code catalog/editions/} (in file-name order) that is not yet in the database, and any provider, permission or
 * matter type that is missing. Several instances may start at once: the loser of a race finds the rows there.
 */
@Component
class CatalogueSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSeeder.class);

    private final JdbcCatalogue catalogue;
    private final CatalogueStore store;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final boolean enabled;

    CatalogueSeeder(
            JdbcCatalogue catalogue,
            CatalogueStore store,
            TransactionTemplate transactions,
            JsonMapper json,
            Clock clock,
            CatalogueProperties properties) {
        this.catalogue = catalogue;
        this.store = store;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.enabled = properties.seed();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        for (Resource resource : resources("classpath:catalog/editions/*.json")) {
            NewEdition edition = read(resource, new TypeReference<NewEdition>() {});
            if (!store.editionExists(edition.code())) {
                try {
                    catalogue.add(edition, "SEED");
                    log.info("Loaded catalogue edition {} effective {}", edition.code(), edition.effectiveFrom());
                } catch (DuplicateKeyException e) {
                    log.info("Catalogue edition {} was loaded by another instance", edition.code());
                }
            }
        }
        seedReferenceData();
        catalogue.reload();
    }

    private void seedReferenceData() {
        List<Provider> providers = read(
                new PathMatchingResourcePatternResolver().getResource("classpath:catalog/providers.json"),
                new TypeReference<List<Provider>>() {});
        List<MatterType> matters = read(
                new PathMatchingResourcePatternResolver().getResource("classpath:catalog/matter-types.json"),
                new TypeReference<List<MatterType>>() {});
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        try {
            transactions.executeWithoutResult(status -> {
                boolean changed = false;
                for (Provider provider : providers) {
                    changed |= store.merge(provider, now);
                }
                for (int i = 0; i < matters.size(); i++) {
                    changed |= store.merge(matters.get(i), i + 1);
                }
                if (changed) {
                    store.bumpRevision();
                }
            });
        } catch (DuplicateKeyException e) {
            log.info("Catalogue reference data was loaded by another instance");
        }
    }

    private static List<Resource> resources(String pattern) {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(pattern))
                    .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(Resource resource, TypeReference<T> type) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue seed " + resource, e);
        }
    }
}
