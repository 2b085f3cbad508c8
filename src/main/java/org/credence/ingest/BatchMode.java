package org.credence.ingest;

/** Per line: valid lines are stored, bad ones reported. Atomic: all lines are stored, or none if any is bad. */
public enum BatchMode {
    PER_LINE,
    ATOMIC
}
