package org.credence.subject;

/** The status of a professional registration (licence) in its issuer's register. */
public enum LicenceStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED
}
