package org.credence.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.credence.record.RecordStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTransitionsTests {

    private final StatusTransitions transitions = new StatusTransitions();

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "ACTIVE, UNDER_OBJECTION, true",
        "ACTIVE, REPAIRED, true",
        "ACTIVE, EXPIRED, true",
        "ACTIVE, REVOKED, true",
        "ACTIVE, CORRECTED, false",
        "UNDER_OBJECTION, ACTIVE, true",
        "UNDER_OBJECTION, CORRECTED, true",
        "UNDER_OBJECTION, REPAIRED, false",
        "CORRECTED, UNDER_OBJECTION, true",
        "REPAIRED, ACTIVE, false",
        "EXPIRED, ACTIVE, false",
        "REVOKED, ACTIVE, false",
        "REVOKED, REVOKED, false",
    })
    void followsTheLifecycle(RecordStatus from, RecordStatus to, boolean allowed) {
        assertThat(transitions.decide(from, to) instanceof StatusTransitions.Allowed)
                .isEqualTo(allowed);
    }
}
