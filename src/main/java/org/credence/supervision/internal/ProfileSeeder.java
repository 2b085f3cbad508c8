package org.credence.supervision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.credence.shared.ApiException;
import org.credence.supervision.NewProfile;
import org.credence.supervision.SupervisionProfile;
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
 * Loads the profile versions under {@code supervision/profiles/} at start that are not on file yet; a version on file
 * is never overwritten (a seed that differs from it is reported). The loser of a start-up race finds the row there.
 */
@Component
class ProfileSeeder {

    private static final Logger log = LoggerFactory.getLogger(ProfileSeeder.class);
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final ProfileStore store;
    private final ProfileLibrary library;
    private final boolean enabled;

    ProfileSeeder(ProfileStore store, ProfileLibrary library, SupervisionProperties properties) {
        this.store = store;
        this.library = library;
        this.enabled = properties.seed();
    }

    @EventListener(ApplicationStartedEvent.class)
    void seed() {
        if (!enabled) {
            return;
        }
        for (Resource resource : resources()) {
            SupervisionProfile profile = read(resource);
            var onFile = store.versions(profile.sector()).stream()
                    .filter(s -> s.profile().version() == profile.version())
                    .findFirst();
            if (onFile.isPresent()) {
                if (!ProfileStore.document(onFile.get().profile()).equals(ProfileStore.document(profile))) {
                    log.warn("Seed {} differs from the version on file, which stays", resource.getFilename());
                }
                continue;
            }
            try {
                store.insert(profile, "seed", library.now());
                log.info("Loaded supervision profile {} version {}", profile.sector(), profile.version());
            } catch (DuplicateKeyException e) {
                log.info(
                        "Supervision profile {} version {} was loaded by another instance",
                        profile.sector(),
                        profile.version());
            }
        }
    }

    private static SupervisionProfile read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            var tree = YAML.readTree(in);
            int version = tree.path("version").asInt();
            ((tools.jackson.databind.node.ObjectNode) tree).remove("version");
            NewProfile profile = YAML.treeToValue(tree, NewProfile.class);
            return ProfileLibrary.validated(profile, null, null, version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read supervision profile seed " + resource, e);
        } catch (ApiException e) {
            throw new IllegalStateException(
                    "supervision profile seed " + resource.getFilename() + " is invalid: " + e.fields(), e);
        }
    }

    private static Resource[] resources() {
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath:supervision/profiles/*.yaml");
            Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
