package org.credence.commitment;

import java.time.LocalDate;

/**
 * One version of the commitment text an applicant signs for a matter type.
 *
 * @param textHash the SHA-256 of the Chinese and English texts (hex), which a signature records
 */
public record CommitmentTemplate(
        String code,
        String matterType,
        int version,
        String textZh,
        String textEn,
        String textHash,
        LocalDate effectiveFrom) {}
