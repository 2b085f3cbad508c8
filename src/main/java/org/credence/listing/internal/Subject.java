package org.credence.listing.internal;

import java.time.LocalDate;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/** What the rules need to know of a subject: its kind and, for a person, the birth date its identifier states. */
record Subject(long subjectId, SubjectKind kind, @Nullable LocalDate birthDate) {}
