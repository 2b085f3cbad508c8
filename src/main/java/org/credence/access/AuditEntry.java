package org.credence.access;

import org.jspecify.annotations.Nullable;

/**
 * What happened, to be appended to the audit trail: who ({@code actor} of {@code organisation}) did what
 * ({@code action}) to whose file ({@code subjectId}), for which purpose and case, with which outcome.
 */
public record AuditEntry(
        String actor,
        @Nullable String organisation,
        String action,
        @Nullable Long subjectId,
        @Nullable String purpose,
        @Nullable String caseNumber,
        Outcome outcome,
        @Nullable String detail) {

    /** Whether the action was carried out, refused, or failed. */
    public enum Outcome {
        ALLOWED,
        DENIED,
        FAILED
    }

    public AuditEntry {
        require(actor, "actor", 120);
        require(action, "action", 80);
        if (detail != null && detail.length() > 1000) {
            detail = detail.substring(0, 1000);
        }
    }

    private static void require(String value, String field, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(field + " must have 1 to " + max + " characters");
        }
    }
}
