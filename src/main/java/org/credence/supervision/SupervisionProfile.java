package org.credence.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a sector's supervision profile: the rating scheme whose grades classify the subjects, and for each
 * supervision category the grades it takes, its inspection ratio (a range in percent; a draw applies one value in it)
 * and the facilitation or restriction it brings.
 *
 * @param documentHash the SHA-256 of the profile's canonical JSON document, as stored
 */
public record SupervisionProfile(
        String sector,
        int version,
        String nameZh,
        String nameEn,
        String scheme,
        LocalDate effectiveFrom,
        int inspectorsPerTarget,
        List<Category> categories,
        String documentHash) {

    public SupervisionProfile {
        categories = List.copyOf(categories);
    }

    /**
     * A supervision category.
     *
     * @param withCauseOnly whether the category is inspected on the department's own initiative only with cause (its
     *     ratio is the low background ratio of the random draw)
     */
    public record Category(
            String code,
            List<String> grades,
            String nameZh,
            String nameEn,
            Ratio ratio,
            boolean withCauseOnly,
            String facilitationZh,
            String facilitationEn) {

        public Category {
            grades = List.copyOf(grades);
        }
    }

    /** An inspection ratio range in percent, bounds included, with at most two decimals. */
    public record Ratio(BigDecimal min, BigDecimal max) {}
}
