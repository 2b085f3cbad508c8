package org.credence.sanction;

/**
 * What a measure asks of the approving department when it applies, from the mildest to the strictest punitive
 * consequence; {@code FACILITATION} is an incentive and {@code INFORMATION} binds no one.
 */
public enum MeasureOutcome {
    INFORMATION,
    FACILITATION,
    COMMITMENT,
    ENHANCED_REVIEW,
    RESTRICT
}
