package org.credence.subject;

/** The outcome of looking a subject up by an identifier given as text. */
public sealed interface SubjectLookup {

    /** The identifier is valid and the subject is on file. */
    record Found(SubjectRef subject) implements SubjectLookup {}

    /** The text is not a valid identifier; the reason says why. */
    record Invalid(IdentifierParse.Reason reason, String message) implements SubjectLookup {}

    /** A valid identifier that is not on file; subjects are never created implicitly. */
    record Unknown(String maskedIdentifier) implements SubjectLookup {}
}
