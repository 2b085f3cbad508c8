package org.credence.sanction.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.credence.catalog.Catalogue;
import org.credence.catalog.MatterType;
import org.credence.listing.Listings;
import org.credence.sanction.MeasureCatalogue;
import org.credence.sanction.MeasureEdition;
import org.credence.shared.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measures catalogue: seed editions under {@code sanction/measures/} are loaded at start when missing; checks read
 * an in-memory copy that follows the table (reloaded after an addition here and every half minute, for other
 * instances' additions).
 */
@Service
class JdbcMeasureCatalogue implements MeasureCatalogue, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(JdbcMeasureCatalogue.class);

    private final MeasureStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final Catalogue catalogue;
    private final Listings listings;
    private volatile TreeMap<LocalDate, MeasureEdition> editions = new TreeMap<>();
    private volatile int loaded = -1;

    JdbcMeasureCatalogue(MeasureStore store, JsonMapper json, Clock clock, Catalogue catalogue, Listings listings) {
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.catalogue = catalogue;
        this.listings = listings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Resource resource : seeds()) {
            String document = read(resource);
            MeasureEdition edition = rules(false).check(parse(document));
            if (!store.exists(edition.code())) {
                try {
                    store.insert(
                            edition.code(), edition.title(), edition.effectiveFrom(), document, "SEED", "SEED", now());
                    log.info("Loaded measures edition {} effective {}", edition.code(), edition.effectiveFrom());
                } catch (DuplicateKeyException e) {
                    log.info("Measures edition {} was loaded by another instance", edition.code());
                }
            }
        }
        reload();
    }

    @Override
    public MeasureEdition inForce(LocalDate date) {
        Map.Entry<LocalDate, MeasureEdition> entry = editions.floorEntry(date);
        if (entry == null) {
            throw new ApiException(
                    org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
                    "no-measures-in-force",
                    "No measures in force",
                    "no measures edition is in force on " + date);
        }
        return entry.getValue();
    }

    @Override
    public List<MeasureEdition> editions() {
        return List.copyOf(editions.values());
    }

    @Override
    public Optional<MeasureEdition> edition(String code) {
        return editions.values().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    @Override
    @Transactional
    public MeasureEdition add(String document, String actor) {
        MeasureEdition edition = rules(true).check(parse(document));
        if (store.exists(edition.code())) {
            throw ApiException.conflict("measure-edition-exists", "a measures edition " + edition.code() + " exists");
        }
        if (store.effectiveDateTaken(edition.effectiveFrom())) {
            throw ApiException.conflict(
                    "effective-date-taken", "another measures edition takes effect on " + edition.effectiveFrom());
        }
        store.insert(edition.code(), edition.title(), edition.effectiveFrom(), document, "ADMIN", actor, now());
        reload();
        return edition;
    }

    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    void follow() {
        if (store.count() != loaded) {
            reload();
        }
    }

    private synchronized void reload() {
        TreeMap<LocalDate, MeasureEdition> fresh = new TreeMap<>();
        List<MeasureStore.StoredEdition> stored = store.all();
        for (MeasureStore.StoredEdition row : stored) {
            // Stored documents passed the rules when they were added; lists are not re-checked (a list retired
            // later leaves its measures without entries, not the edition unreadable).
            MeasureEdition edition = rules(false).check(parse(row.document()));
            fresh.put(edition.effectiveFrom(), edition);
        }
        editions = fresh;
        loaded = stored.size();
    }

    MeasureRules rules(boolean checkLists) {
        List<String> matters =
                catalogue.matterTypes().stream().map(MatterType::code).toList();
        return new MeasureRules(
                matters::contains,
                checkLists ? code -> listings.definition(code).isPresent() : code -> true);
    }

    private MeasureDocument parse(String document) {
        try {
            return json.readValue(document, MeasureDocument.class);
        } catch (JacksonException e) {
            throw ApiException.invalid(
                    "invalid-json", "document", "the measures edition is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static List<Resource> seeds() {
        try {
            return new ArrayList<>(Arrays.stream(new PathMatchingResourcePatternResolver()
                            .getResources("classpath:sanction/measures/*.json"))
                    .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read measures seed " + resource, e);
        }
    }
}
