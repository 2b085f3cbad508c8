package org.credence.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoPropertiesTests {

    @ParameterizedTest(name = "enabled={0} on {1}: wanted={2}")
    @CsvSource(
            nullValues = "unset",
            value = {
                "unset, H2, true",
                "unset, PostgreSQL, false",
                "true, PostgreSQL, true",
                "false, H2, false",
                "false, PostgreSQL, false"
            })
    void wantsDemoDataOnTheEmbeddedDatabaseAndOnPostgresqlOnlyWhenAsked(
            Boolean enabled, String product, boolean wanted) {
        assertThat(new DemoProperties(enabled, 3000, 500, 1).wantedOn(product)).isEqualTo(wanted);
    }
}
