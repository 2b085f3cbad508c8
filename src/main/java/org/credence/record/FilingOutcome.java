package org.credence.record;

import java.util.List;

/** What filing one line did: filed a new record, corrected one, found it unchanged, or refused it. */
public sealed interface FilingOutcome {

    long line();

    /** A new record. */
    record Filed(long line, long recordId) implements FilingOutcome {}

    /** An existing record with different content: a new version, the changes in its history. */
    record Corrected(long line, long recordId, int version, List<FieldChange> changes) implements FilingOutcome {

        public Corrected {
            changes = List.copyOf(changes);
        }
    }

    /** An existing record with the same content: nothing written to its history. */
    record Unchanged(long line, long recordId) implements FilingOutcome {}

    /** Refused, with the field at fault and a stable code. */
    record Refused(long line, String field, String code, String message) implements FilingOutcome {}
}
