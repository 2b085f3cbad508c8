package org.credence.ingest.internal;

import java.time.LocalDate;
import org.credence.catalog.Edition;
import org.credence.catalog.Provider;
import org.credence.catalog.RecordType;
import org.credence.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** One catalogue rule a submission must keep; rules skip what is absent or already reported invalid. */
interface SubmissionRule {

    Verdict check(Context context);

    /** What a rule sees: the parsed submission, the provider, the edition in force and the type it names. */
    record Context(
            ParsedSubmission submission,
            Provider provider,
            Edition edition,
            @Nullable RecordType type,
            LocalDate today) {}

    /** A rule's decision. */
    sealed interface Verdict {}

    record Pass() implements Verdict {}

    record Fail(FieldProblem problem) implements Verdict {

        static Fail of(SubmissionField field, String code, String message) {
            return new Fail(new FieldProblem(field.apiName(), code, message));
        }
    }

    Verdict PASS = new Pass();
}
