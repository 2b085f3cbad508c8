package org.credence.rating;

import java.math.BigDecimal;

/**
 * A professional's place among the others rated in the same profession and region under a professional scheme:
 * {@code rank} 1 is the best score (ties share a rank), {@code percentile} the share of peers scoring no higher.
 *
 * @param regionCode the region as a 6-digit code (a province ends in 0000, a city in 00)
 */
public record ProfessionalRank(String profession, String regionCode, long rank, long of, BigDecimal percentile) {}
