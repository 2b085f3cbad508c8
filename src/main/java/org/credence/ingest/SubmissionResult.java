package org.credence.ingest;

import java.util.List;
import org.credence.record.FieldChange;

/** What a single submission did: filed a record, corrected it (with the changes) or found it unchanged. */
public record SubmissionResult(Outcome outcome, long recordId, int version, List<FieldChange> changes) {

    /** The three ways an accepted submission ends. */
    public enum Outcome {
        FILED,
        CORRECTED,
        UNCHANGED
    }

    public SubmissionResult {
        changes = List.copyOf(changes);
    }
}
