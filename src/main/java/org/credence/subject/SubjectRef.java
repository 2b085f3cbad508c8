package org.credence.subject;

/**
 * What other modules know of a subject: its internal id, kind, masked identifier, current name and region.
 *
 * @param subjectId the internal id every other table refers to
 * @param maskedIdentifier the identifier with its middle hidden, the only form that leaves this module
 */
public record SubjectRef(long subjectId, SubjectKind kind, String maskedIdentifier, String name, String regionCode) {}
