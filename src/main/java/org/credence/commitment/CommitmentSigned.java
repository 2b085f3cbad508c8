package org.credence.commitment;

/** Published when a commitment is signed, in the signing transaction. */
public record CommitmentSigned(
        long commitmentId, long subjectId, String matterType, String caseNumber, String department, long recordId) {}
