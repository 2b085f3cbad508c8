package org.credence.supervision.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.credence.supervision.DrawStatus;
import org.credence.supervision.InspectionDraw;
import org.credence.supervision.Inspector;
import org.jspecify.annotations.Nullable;

/** A draw as stored, with its categories. */
record DrawRow(
        long drawId,
        String sector,
        String period,
        long profileId,
        String scheme,
        String seed,
        boolean seedGenerated,
        int inspectorsPerTarget,
        List<Inspector> pool,
        long populationCount,
        String populationDigest,
        long unclassified,
        String resultDigest,
        DrawStatus status,
        OffsetDateTime drawnAt,
        String drawnBy,
        @Nullable OffsetDateTime publishedAt,
        List<InspectionDraw.CategoryResult> categories) {}
