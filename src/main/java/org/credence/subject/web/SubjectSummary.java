package org.credence.subject.web;

import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectRef;

/** A subject as lists and links show it: identifier masked. */
record SubjectSummary(long subjectId, String maskedIdentifier, SubjectKind kind, String name, String regionCode) {

    static SubjectSummary of(SubjectRef ref) {
        return new SubjectSummary(ref.subjectId(), ref.maskedIdentifier(), ref.kind(), ref.name(), ref.regionCode());
    }
}
