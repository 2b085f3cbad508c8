package org.credence.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class IdentifierLeakDetectorTests {

    @Test
    void detectsAClearIdentifierInALogMessageButNotAMaskedOne() {
        IdentifierLeakDetector.drain();
        var log = LoggerFactory.getLogger(IdentifierLeakDetectorTests.class);
        String number = TestIdentifiers.person().value();
        log.info("masked {} is fine", TestIdentifiers.person().masked());
        assertThat(IdentifierLeakDetector.drain()).isEmpty();
        log.info("clear {} is a leak", number);
        assertThat(IdentifierLeakDetector.drain()).singleElement().asString().contains("in clear");
    }
}
