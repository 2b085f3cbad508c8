package org.credence.rating;

/** A subject's stored grade under one scheme, as {@link RatingEngine#grades} pages through a scheme's population. */
public record SubjectGrade(long subjectId, String grade) {}
