package org.credence.access;

/**
 * The roles of the platform. Anonymous callers are the public and hold none. An administrator manages accounts and
 * configuration and sees no credit data by virtue of that role alone.
 */
public enum Role {
    SUBJECT,
    PROVIDER,
    APPROVER,
    CREDIT_OFFICER,
    ASSOCIATION_OFFICER,
    AUDITOR,
    ADMINISTRATOR;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
