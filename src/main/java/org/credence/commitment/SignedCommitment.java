package org.credence.commitment;

/** The commitment a signature recorded, and whether this call created it or found the same signature on file. */
public record SignedCommitment(Commitment commitment, boolean created) {}
