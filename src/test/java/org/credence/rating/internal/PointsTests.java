package org.credence.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class PointsTests {

    /** The COPY path writes scores without BigDecimal; the text must be what the portable path stores. */
    @Property
    void plainTextIsTheDecimalsPlainText(@ForAll @LongRange(min = -100_000_000, max = 100_000_000) long hundredths) {
        assertThat(Points.plain(hundredths))
                .isEqualTo(Points.decimal(hundredths).toPlainString());
    }
}
