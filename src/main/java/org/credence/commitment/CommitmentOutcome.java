package org.credence.commitment;

/** Where a commitment stands: awaiting the department's finding, fulfilled, or breached. */
public enum CommitmentOutcome {
    OPEN,
    FULFILLED,
    BREACHED
}
