package org.credence.ingest.internal;

import java.util.List;
import org.credence.catalog.RecordType;
import org.credence.record.RecordFiling;
import org.credence.shared.FieldProblem;
import org.credence.subject.SubjectIdentifier;

/** The verdict on one line before the subject is resolved: a candidate to file, or rejected with its problems. */
sealed interface LineCheck {

    long line();

    /** A line that keeps every rule; {@code submission.identifier()} is present. */
    record Candidate(long line, ParsedSubmission submission, RecordType type) implements LineCheck {

        SubjectIdentifier identifier() {
            var identifier = submission.identifier();
            if (identifier == null) {
                throw new IllegalStateException("a candidate has a valid identifier");
            }
            return identifier;
        }

        RecordFiling toFiling(long subjectId, String providerCode, String editionCode) {
            var s = submission;
            if (s.sourceReference() == null || s.decisionDate() == null || s.summary() == null) {
                throw new IllegalStateException("a candidate has its required fields");
            }
            return new RecordFiling(
                    subjectId,
                    providerCode,
                    s.sourceReference(),
                    type,
                    editionCode,
                    s.severity(),
                    s.decisionNumber(),
                    s.legalBasis(),
                    s.decisionDate(),
                    s.effectiveFrom(),
                    s.effectiveTo(),
                    s.summary(),
                    s.payload(),
                    s.reason(),
                    line);
        }
    }

    record Rejected(long line, List<FieldProblem> problems) implements LineCheck {

        public Rejected {
            problems = List.copyOf(problems);
        }

        static Rejected of(long line, String field, String code, String message) {
            return new Rejected(line, List.of(new FieldProblem(field, code, message)));
        }
    }
}
