package org.credence.rating.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.credence.rating.StandardStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the seeded standards under {@code rating/standards/} at start (after the catalogue is loaded) when their
 * scheme has no version as high yet, then starts a re-rating for whatever came into force. Several instances may
 * start at once: the loser of a race finds the version there.
 */
@Component
class StandardSeeder {

    private static final Logger log = LoggerFactory.getLogger(StandardSeeder.class);
    private static final String SEED = "seed";

    private final StandardStore store;
    private final StandardLibrary library;
    private final RerateJobs rerate;
    private final TransactionTemplate transactions;
    private final RatingTime time;
    private final boolean enabled;

    StandardSeeder(
            StandardStore store,
            StandardLibrary library,
            RerateJobs rerate,
            TransactionTemplate transactions,
            RatingTime time,
            RatingProperties properties) {
        this.store = store;
        this.library = library;
        this.rerate = rerate;
        this.transactions = transactions;
        this.time = time;
        this.enabled = properties.seed();
    }

    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        if (!enabled) {
            return;
        }
        for (Resource resource : resources()) {
            String document = read(resource);
            StandardDocument parsed = library.parse(document);
            if (StandardLifecycle.draft(parsed, store.ofScheme(parsed.scheme())) instanceof StandardLifecycle.Allowed) {
                try {
                    transactions.executeWithoutResult(status -> {
                        var now = time.now();
                        long id = store.insertDraft(parsed, document, StandardLibrary.hash(document), SEED, now);
                        store.move(id, StandardStatus.DRAFT, StandardStatus.PUBLISHED, SEED, now);
                    });
                    log.info("Published seeded standard {} version {}", parsed.scheme(), parsed.version());
                } catch (DuplicateKeyException e) {
                    log.info("Seeded standard {} version {} is already on file", parsed.scheme(), parsed.version());
                }
            }
        }
        rerate.syncInForce("IN_FORCE");
    }

    private static Resource[] resources() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath:rating/standards/*.yaml");
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
