package org.credence.rating;

import java.math.BigDecimal;

/** One line of a professional ranking: rank, the person (masked identifier and name), score, grade, percentile. */
public record RankedProfessional(
        long rank,
        long subjectId,
        String maskedIdentifier,
        String name,
        BigDecimal score,
        String grade,
        BigDecimal percentile) {}
