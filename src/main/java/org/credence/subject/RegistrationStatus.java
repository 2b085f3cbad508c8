package org.credence.subject;

/** An organisation's status in its register. */
public enum RegistrationStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    DEREGISTERED
}
