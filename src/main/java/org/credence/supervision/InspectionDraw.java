package org.credence.supervision;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A draw with every input needed to recompute it and a summary of its result (the targets are paged separately).
 *
 * @param populationCount how many subjects were rated under the scheme when the draw read them
 * @param populationDigest SHA-256 of the lines {@code subjectId:grade\n} of that population in subject id order
 * @param unclassified subjects whose grade no category of the profile takes (not drawn)
 * @param resultDigest SHA-256 of the result's lines (see docs/supervision.md)
 */
public record InspectionDraw(
        long drawId,
        String sector,
        String period,
        int profileVersion,
        String scheme,
        String seed,
        boolean seedGenerated,
        int inspectorsPerTarget,
        List<Inspector> inspectors,
        long populationCount,
        String populationDigest,
        long unclassified,
        List<CategoryResult> categories,
        String resultDigest,
        DrawStatus status,
        OffsetDateTime drawnAt,
        String drawnBy,
        @Nullable OffsetDateTime publishedAt) {

    public InspectionDraw {
        inspectors = List.copyOf(inspectors);
        categories = List.copyOf(categories);
    }

    /** One category of the draw: its population, the ratio applied and how many targets were drawn. */
    public record CategoryResult(String code, long population, BigDecimal ratio, long drawn) {}
}
