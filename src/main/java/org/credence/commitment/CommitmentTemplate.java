package org.credence.commitment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * One version of the commitment text an applicant signs for a matter type.
 *
 * @param textHash the SHA-256 of the Chinese and English texts (hex), which a signature records; see {@link #hash}
 */
public record CommitmentTemplate(
        String code,
        String matterType,
        int version,
        String textZh,
        String textEn,
        String textHash,
        LocalDate effectiveFrom) {

    /**
     * The hash a signer's client computes over the text it showed: SHA-256 of the UTF-8 bytes of the Chinese text, one
     * line feed (U+000A) and the English text, in lowercase hexadecimal.
     */
    public static String hash(String textZh, String textEn) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((textZh + "\n" + textEn).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
