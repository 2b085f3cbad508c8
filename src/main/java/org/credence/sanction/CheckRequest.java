package org.credence.sanction;

import org.jspecify.annotations.Nullable;

/**
 * A credit check as an approving department asks for it: the applicant's identifier, the matter type, the purpose
 * of use and the approval's case number. Fields are as sent, so that each can be refused with its own problem.
 */
public record CheckRequest(
        @Nullable String identifier,
        @Nullable String matterType,
        @Nullable String purpose,
        @Nullable String caseNumber) {}
