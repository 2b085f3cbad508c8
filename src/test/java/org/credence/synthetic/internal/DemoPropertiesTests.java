package org.credence.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoPropertiesTests {

    @ParameterizedTest(name = "enabled={0} on {1}, empty={2}: load={3}")
    @CsvSource(
            nullValues = "unset",
            value = {
                "unset, H2, true, true",
                "unset, PostgreSQL, true, false",
                "true, PostgreSQL, true, true",
                "false, H2, true, false",
                "true, H2, false, false",
                "unset, H2, false, false"
            })
    void loadsOnlyIntoAnEmptyRegisterAndOnPostgresqlOnlyWhenAsked(
            Boolean enabled, String product, boolean empty, boolean load) {
        assertThat(new DemoProperties(enabled, 3000, 500, 1).appliesTo(product, empty))
                .isEqualTo(load);
    }
}
