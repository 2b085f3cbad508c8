package org.credence.ingest;

/**
 * Where a batch stands. {@code REJECTED}: an atomic batch with a bad line, nothing stored. {@code FAILED}: the file
 * could not be processed at all (a bad header, an unreadable file).
 */
public enum BatchStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    REJECTED,
    FAILED
}
