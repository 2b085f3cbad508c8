package org.credence.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class (service loader, autodetection on in junit-platform.properties): fails the class
 * if an official identifier was logged in clear while it ran.
 */
public final class NoIdentifiersInLogsExtension implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        assertThat(IdentifierLeakDetector.drain())
                .as("identifiers logged in clear during " + context.getDisplayName())
                .isEmpty();
    }
}
