package org.credence.commitment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A signature to record: the applicant (by its identifier, used only to find the subject), the matter and the case,
 * and the text signed, named by its template version and the SHA-256 of the text the applicant saw.
 *
 * @param templateVersion the version signed; {@code null} for the version in force
 * @param department the approving department's organisation code; required when the subject signs, defaults to the
 *     approver's own organisation
 * @param dueDate by when the commitment must be fulfilled, if it has a term
 */
public record Signing(
        @Nullable String identifier,
        @Nullable String matterType,
        @Nullable String caseNumber,
        @Nullable Integer templateVersion,
        @Nullable String textHash,
        @Nullable String department,
        @Nullable LocalDate dueDate) {}
