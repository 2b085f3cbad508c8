package org.credence.rating;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seeded standards' texts, for tests that post variants of them. */
final class TestStandardsText {

    static final String MARKET = read("rating/standards/market-supervision-risk-v1.yaml");

    private TestStandardsText() {}

    private static String read(String path) {
        try (InputStream in = TestStandardsText.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
