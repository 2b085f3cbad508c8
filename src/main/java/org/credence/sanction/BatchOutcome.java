package org.credence.sanction;

import org.credence.shared.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * One applicant's outcome in a batch of checks: the recorded answer, or the refusal that kept the applicant from being
 * checked (invalid request, unknown applicant, not recorded).
 *
 * @param answer the answer, when the applicant was checked
 * @param refusal why not, otherwise
 */
public record BatchOutcome(
        @Nullable CheckAnswer answer, @Nullable ApiException refusal) {}
