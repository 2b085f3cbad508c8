package org.credence.sanction;

/** The credit check's answer to the approving department, from the mildest to the strictest. */
public enum CheckDecision {
    PROCEED,
    PROCEED_WITH_COMMITMENT,
    PROCEED_WITH_ENHANCED_REVIEW,
    RESTRICTED
}
