package org.credence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * An installation upgraded to a version whose new migration sorts below migrations it already applied (numbers go by
 * module) is migrated all the same, with the platform's own Flyway settings.
 */
@SpringBootTest
class MigrationOrderIntegrationTests {

    @Autowired
    Flyway flyway;

    @Test
    void aMigrationNumberedBelowTheAppliedOnesIsAppliedToAnExistingDatabase(@TempDir Path dir) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        List<Resource> migrations = Arrays.asList(resolver.getResources("classpath:db/migration/common/V*.sql"));
        List<Resource> h2 = Arrays.asList(resolver.getResources("classpath:db/migration/h2/V*.sql"));
        // the second latest: an installation that has the latest but not this one, as after adding it to its module
        Resource held = migrations.stream()
                .filter(r -> !r.getFilename().equals(last(migrations).getFilename()))
                .max(Comparator.comparing(Resource::getFilename))
                .orElseThrow();
        for (Resource r : migrations) {
            if (r != held) {
                copy(r, dir);
            }
        }
        for (Resource r : h2) {
            copy(r, dir);
        }
        String url = "jdbc:h2:mem:migration-order-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway earlier = Flyway.configure()
                .configuration(flyway.getConfiguration())
                .dataSource(url, "sa", "")
                .locations("filesystem:" + dir)
                .load();
        earlier.migrate();
        assertThat(applied(earlier)).doesNotContain(version(held)).contains(version(last(migrations)));

        copy(held, dir);
        earlier.migrate();
        assertThat(applied(earlier)).contains(version(held));
    }

    private static Resource last(List<Resource> migrations) {
        return migrations.stream()
                .max(Comparator.comparing(Resource::getFilename))
                .orElseThrow();
    }

    private static String version(Resource migration) {
        String name = migration.getFilename();
        return name.substring(1, name.indexOf("__"));
    }

    private static List<String> applied(Flyway flyway) {
        return Arrays.stream(flyway.info().applied())
                .map(MigrationInfo::getVersion)
                .map(v -> String.format("%04d", Integer.parseInt(v.getVersion())))
                .toList();
    }

    private static void copy(Resource resource, Path dir) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            Files.copy(in, dir.resolve(resource.getFilename()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
