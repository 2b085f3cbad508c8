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

    /** Two decimals, as {@code decimal(hundredths).toPlainString()} writes them, without the {@code BigDecimal}. */
    static String plain(long hundredths) {
        long magnitude = Math.abs(hundredths);
        long fraction = magnitude % 100;
        return (hundredths < 0 ? "-" : "") + magnitude / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }

    static String format(long hundredths) {
        return decimal(hundredths).stripTrailingZeros().toPlainString();
    }

    static long of(BigDecimal value) {
        return value.movePointRight(2).longValueExact();
    }
}
