package org.credence.supervision;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new version of a sector's supervision profile as posted (or seeded); the version is the next one. Components may
 * be missing in a request, so that each problem is reported with its field.
 */
public record NewProfile(
        @Nullable String sector,
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable String scheme,
        @Nullable LocalDate effectiveFrom,
        @Nullable Integer inspectorsPerTarget,
        @Nullable List<SupervisionProfile.Category> categories) {}
