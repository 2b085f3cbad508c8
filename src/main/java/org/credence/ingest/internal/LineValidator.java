package org.credence.ingest.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credence.catalog.Edition;
import org.credence.catalog.Provider;
import org.credence.catalog.RecordType;
import org.credence.ingest.RecordSubmission;
import org.credence.shared.FieldProblem;

/** Checks submissions of one provider against one catalogue edition: parsing first, then the catalogue rules. */
final class LineValidator {

    private final SubmissionParser parser = new SubmissionParser();
    private final SubmissionRules rules = new SubmissionRules();
    private final Provider provider;
    private final Edition edition;
    private final LocalDate today;
    private final Map<String, RecordType> types = new HashMap<>();

    LineValidator(Provider provider, Edition edition, LocalDate today) {
        this.provider = provider;
        this.edition = edition;
        this.today = today;
        edition.recordTypes().forEach(t -> types.put(t.code(), t));
    }

    LineCheck check(long line, RecordSubmission submission) {
        ParsedSubmission parsed = parser.parse(submission);
        RecordType type = parsed.recordType() == null ? null : types.get(parsed.recordType());
        List<FieldProblem> problems = rules.check(new SubmissionRule.Context(parsed, provider, edition, type, today));
        if (!problems.isEmpty() || type == null) {
            return new LineCheck.Rejected(line, problems);
        }
        return new LineCheck.Candidate(line, parsed, type);
    }

    Provider provider() {
        return provider;
    }

    Edition edition() {
        return edition;
    }
}
