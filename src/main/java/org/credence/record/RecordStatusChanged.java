package org.credence.record;

/** Published when a record's status changes (objection, repair, expiry, revocation). */
public record RecordStatusChanged(long recordId, long subjectId, RecordStatus from, RecordStatus to) {}
