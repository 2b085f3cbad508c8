package org.credence.commitment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A new version of a matter type's commitment text, as a credit officer posts it; the version number is the next one.
 * Every component may be missing in a request, so that each problem can be reported with its field.
 *
 * @param code the template family's code; defaults to the matter type's existing code
 * @param effectiveFrom today or later, and not before the latest version's
 */
public record NewCommitmentTemplate(
        @Nullable String code,
        @Nullable String matterType,
        @Nullable String textZh,
        @Nullable String textEn,
        @Nullable LocalDate effectiveFrom) {}
