package org.credence.subject;

/** Natural person or organisation; stored as the short codes {@code PERSON} and {@code ORGANISATION}. */
public enum SubjectKind {
    PERSON,
    ORGANISATION
}
