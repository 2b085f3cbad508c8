package org.credence.rating.internal;

import java.math.BigDecimal;

/** Points are kept as hundredths in a {@code long}: exact sums, and one rounding rule for weighting. */
final class Points {

    private Points() {}

    /** {@code points × percent / 100}, rounded half away from zero to the hundredth. */
    static long weigh(long points, int percent) {
        long scaled = points * percent;
        long whole = scaled / 100;
        long rest = Math.abs(scaled % 100);
        return rest >= 50 ? whole + Long.signum(scaled) : whole;
    }

    static BigDecimal decimal(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }

    static String format(long hundredths) {
        return decimal(hundredths).stripTrailingZeros().toPlainString();
    }

    static long of(BigDecimal value) {
        return value.movePointRight(2).longValueExact();
    }
}
