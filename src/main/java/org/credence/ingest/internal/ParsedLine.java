package org.credence.ingest.internal;

import java.util.List;
import org.credence.ingest.RecordSubmission;
import org.credence.shared.FieldProblem;

/** A line split into a submission's fields, or the reasons it could not be. */
sealed interface ParsedLine {

    record Fields(RecordSubmission submission) implements ParsedLine {}

    record Malformed(List<FieldProblem> problems) implements ParsedLine {

        public Malformed {
            problems = List.copyOf(problems);
        }

        static Malformed of(String field, String code, String message) {
            return new Malformed(List.of(new FieldProblem(field, code, message)));
        }
    }

    /** Builds a submission from values indexed by {@link SubmissionField#ordinal()}. */
    static RecordSubmission submission(String[] values) {
        return new RecordSubmission(
                values[0],
                values[1],
                values[2],
                values[3],
                values[4],
                values[5],
                values[6],
                values[7],
                values[8],
                values[9],
                values[10],
                values[11]);
    }
}
