package org.credence.subject.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the identifier keys come from: configuration ({@code credence.subject.identifier-keys.*}, for example from
 * the environment or a secrets store), else the key file in the data directory. On the embedded default a missing
 * key file is generated at first start; on PostgreSQL that needs {@code generate=true}, so that a production
 * database is never silently tied to a key nobody has backed up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentifierKeysConfiguration.IdentifierKeysProperties.class)
class IdentifierKeysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdentifierKeysConfiguration.class);

    /**
     * {@code credence.subject.identifier-keys.*}: {@code active} names the key new values are encrypted under;
     * {@code keys.<id>} are base64 AES-256 keys (old ones kept for reading until re-keyed); {@code lookup} is the
     * base64 HMAC key for lookups.
     */
    @ConfigurationProperties("credence.subject.identifier-keys")
    record IdentifierKeysProperties(
            @Nullable String active,
            @Nullable Map<String, String> keys,
            @Nullable String lookup,
            boolean generate) {}

    @Bean
    IdentifierProtector identifierProtector(IdentifierKeysProperties properties, Environment environment) {
        if (properties.active() != null && properties.keys() != null && properties.lookup() != null) {
            return protector(properties.active(), properties.keys(), properties.lookup());
        }
        Path file =
                Path.of(environment.getProperty("credence.data-dir", "./data"), "keys", "identifier-keys.properties");
        if (!Files.exists(file)) {
            boolean embedded =
                    environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
            if (!embedded && !properties.generate()) {
                throw new IllegalStateException("No identifier keys: configure credence.subject.identifier-keys.*"
                        + " or provide " + file.toAbsolutePath()
                        + " (set credence.subject.identifier-keys.generate=true to create one, then back it up)");
            }
            generate(file);
        }
        Properties stored = read(file);
        Map<String, String> keys = new HashMap<>();
        stored.stringPropertyNames().stream()
                .filter(name -> name.startsWith("keys."))
                .forEach(name -> keys.put(name.substring(5), stored.getProperty(name)));
        return protector(stored.getProperty("active"), keys, stored.getProperty("lookup"));
    }

    private static IdentifierProtector protector(String active, Map<String, String> keys, String lookup) {
        Map<String, byte[]> decoded = new HashMap<>();
        keys.forEach((id, value) -> decoded.put(id, Base64.getDecoder().decode(value.strip())));
        return new IdentifierProtector(active, decoded, Base64.getDecoder().decode(lookup.strip()));
    }

    private static void generate(Path file) {
        SecureRandom random = new SecureRandom();
        Properties keys = new Properties();
        keys.setProperty("active", "k1");
        keys.setProperty("keys.k1", randomKey(random));
        keys.setProperty("lookup", randomKey(random));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                keys.store(out, "Credence identifier keys: back this file up; without it identifiers cannot be read");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                log.debug("no POSIX permissions on this file system");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        log.info("Generated identifier keys in {}", file.toAbsolutePath());
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return properties;
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
