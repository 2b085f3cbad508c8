package org.credence.record;

/** A command to move a record to another status (objection, repair, expiry, revocation), with who and why. */
public record StatusChange(long recordId, RecordStatus to, String actor, String reason) {

    public StatusChange {
        if (actor.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("a status change names who made it and why");
        }
    }
}
