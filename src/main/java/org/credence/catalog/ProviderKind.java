package org.credence.catalog;

/** The kinds of body that submit records. */
public enum ProviderKind {
    GOVERNMENT_DEPARTMENT,
    COURT,
    ASSOCIATION,
    CREDIT_SERVICE_BODY,
    PUBLIC_INSTITUTION
}
