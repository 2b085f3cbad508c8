package org.credence.listing.internal;

import java.util.Optional;
import org.credence.subject.SubjectDetails;
import org.credence.subject.SubjectKind;
import org.credence.subject.SubjectLookup;
import org.credence.subject.SubjectRegistry;
import org.springframework.stereotype.Component;

/** What the rules need of a subject, from the subject registry's facade. */
@Component
class SubjectFacts {

    private final SubjectRegistry subjects;

    SubjectFacts(SubjectRegistry subjects) {
        this.subjects = subjects;
    }

    /** Looks a subject up by its identifier as given; the identifier goes no further than the registry. */
    SubjectLookup lookup(String identifier) {
        return subjects.lookup(identifier);
    }

    Optional<Subject> of(long subjectId) {
        return subjects.findById(subjectId)
                .map(ref -> new Subject(
                        subjectId,
                        ref.kind(),
                        ref.kind() == SubjectKind.PERSON
                                ? subjects.details(subjectId)
                                        .map(SubjectDetails::birthDate)
                                        .orElse(null)
                                : null));
    }
}
