package org.credence.record.internal;

import java.util.Objects;
import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * Decides what a submission does to the record already stored under its (provider, source reference): the same
 * content is no change; other content is a correction; a revoked record, another subject, or a reference used twice in
 * one file is refused.
 */
final class CorrectionPolicy {

    /** The decision for one submission that met an existing record. */
    sealed interface Decision {}

    /** Same content: nothing to write but the batch mark. */
    record KeepUnchanged() implements Decision {}

    /** The same line of the same batch, already applied before a restart. */
    record AlreadyApplied() implements Decision {}

    /** Different content: the next version, in the given status. */
    record Correct(int version, RecordStatus status) implements Decision {}

    /** Refused, with the field at fault. */
    record Refuse(String field, String code, String message) implements Decision {}

    Decision decide(ExistingRecord existing, long subjectId, String contentHash, @Nullable Long batchId, long line) {
        if (batchId != null && batchId.equals(existing.lastBatchId())) {
            if (existing.lastBatchLine() != null && existing.lastBatchLine() == line) {
                return new AlreadyApplied();
            }
            return new Refuse(
                    "sourceReference",
                    "duplicate-line",
                    "source reference " + existing.sourceReference() + " is already used on line "
                            + existing.lastBatchLine() + " of this file");
        }
        if (existing.subjectId() != subjectId) {
            return new Refuse(
                    "identifier",
                    "subject-mismatch",
                    "source reference " + existing.sourceReference()
                            + " belongs to another subject; revoke it and file a new reference");
        }
        if (Objects.equals(existing.contentHash(), contentHash)) {
            return new KeepUnchanged();
        }
        if (existing.status() == RecordStatus.REVOKED) {
            return new Refuse(
                    "sourceReference", "record-revoked", "record " + existing.recordId() + " is revoked and final");
        }
        return new Correct(existing.version() + 1, statusAfterCorrection(existing.status()));
    }

    private static RecordStatus statusAfterCorrection(RecordStatus status) {
        return switch (status) {
            case ACTIVE, UNDER_OBJECTION, CORRECTED -> RecordStatus.CORRECTED;
            case REPAIRED, EXPIRED, REVOKED -> status;
        };
    }
}
