package org.credence.listing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.credence.shared.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Stores the seeded definitions under {@code listing/definitions/} (in file-name order, so that a list is on file
 * before another's rule names it) at start, after the catalogue is loaded, when their version is not on file yet. A
 * stored version is never replaced. Several instances may start at once: the loser of a race finds the version there.
 */
@Component
class DefinitionSeeder {

    private static final Logger log = LoggerFactory.getLogger(DefinitionSeeder.class);

    private final DefinitionVersions versions;
    private final boolean enabled;

    DefinitionSeeder(DefinitionVersions versions, ListingProperties properties) {
        this.versions = versions;
        this.enabled = properties.seed();
    }

    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        if (!enabled) {
            return;
        }
        for (Resource resource : resources()) {
            String text = read(resource);
            DefinitionDocument document = versions.check(text);
            if (versions.exists(document.code(), document.version())) {
                continue;
            }
            try {
                versions.add(text, "seed");
                log.info("Stored seeded list definition {} version {}", document.code(), document.version());
            } catch (ApiException e) {
                if (!"version-not-newer".equals(e.code())) {
                    throw e;
                }
                log.info("List definition {} version {} is already on file", document.code(), document.version());
            }
        }
    }

    private static List<Resource> resources() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver()
                            .getResources("classpath:listing/definitions/*.json"))
                    .sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
                    .toList();
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
