package org.credence.commitment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.credence.commitment.CommitmentTemplate;
import org.credence.commitment.NewCommitmentTemplate;
import org.credence.shared.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the template versions under {@code commitment/templates/} at start (after the catalogue) that are not on file
 * yet. A version on file is never overwritten: a seed whose text differs from it is reported, not applied. Several
 * instances may start at once: the loser of a race finds the version there.
 */
@Component
class TemplateSeeder {

    private static final Logger log = LoggerFactory.getLogger(TemplateSeeder.class);
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** A seed file: one version of one matter type's text. */
    record Seed(String code, String matterType, int version, LocalDate effectiveFrom, String textZh, String textEn) {}

    private final TemplateStore store;
    private final TemplateLibrary library;
    private final Clock clock;
    private final boolean enabled;

    TemplateSeeder(TemplateStore store, TemplateLibrary library, Clock clock, CommitmentProperties properties) {
        this.store = store;
        this.library = library;
        this.clock = clock;
        this.enabled = properties.seed();
    }

    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        if (!enabled || library.matterTypes().isEmpty()) {
            return;
        }
        for (Resource resource : resources()) {
            Seed seed = read(resource);
            var template = new CommitmentTemplate(
                    seed.code(),
                    seed.matterType(),
                    seed.version(),
                    seed.textZh(),
                    seed.textEn(),
                    CommitmentTemplate.hash(seed.textZh(), seed.textEn()),
                    seed.effectiveFrom());
            var stored = store.version(seed.matterType(), seed.version());
            if (stored.isPresent()) {
                if (!stored.get().template().textHash().equals(template.textHash())) {
                    log.warn(
                            "Seed {} differs from version {} of {} on file; the version on file stays",
                            resource.getFilename(),
                            seed.version(),
                            seed.matterType());
                }
                continue;
            }
            check(seed, resource);
            try {
                store.insert(template, "seed", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
                log.info("Loaded commitment template {} version {}", seed.matterType(), seed.version());
            } catch (DuplicateKeyException e) {
                log.info(
                        "Commitment template {} version {} was loaded by another instance",
                        seed.matterType(),
                        seed.version());
            }
        }
    }

    private void check(Seed seed, Resource resource) {
        List<FieldProblem> problems = TemplateRules.check(
                new NewCommitmentTemplate(
                        seed.code(), seed.matterType(), seed.textZh(), seed.textEn(), seed.effectiveFrom()),
                library.matterTypes(),
                null,
                null);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("commitment template seed " + resource.getFilename() + ": " + problems);
        }
    }

    private static Resource[] resources() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath:commitment/templates/*.yaml");
            Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Seed read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return YAML.readValue(in, Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read commitment template seed " + resource, e);
        }
    }
}
