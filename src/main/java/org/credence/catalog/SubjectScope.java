package org.credence.catalog;

/** The kinds of subject a record type applies to; named as the subject module names its kinds. */
public enum SubjectScope {
    PERSON,
    ORGANISATION
}
