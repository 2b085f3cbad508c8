package org.credence.supervision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A draw to make for a sector and period with an inspector pool.
 *
 * @param period a year ({@code 2026}), half ({@code 2026-H2}), quarter ({@code 2026-Q4}) or month ({@code 2026-11})
 * @param seed the seed to draw with; generated from a secure random source (and recorded) when absent
 * @param ratios the ratio (percent) per category code, within the profile's range; the range's minimum when absent
 */
public record NewDraw(
        @Nullable String sector,
        @Nullable String period,
        @Nullable List<Inspector> inspectors,
        @Nullable String seed,
        @Nullable Map<String, BigDecimal> ratios) {}
