package org.credence.ingest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credence.ingest.LineRejection;
import org.credence.record.FilingBatch;
import org.credence.record.FilingOutcome;
import org.credence.record.RecordFiling;
import org.credence.record.RecordStore;
import org.credence.subject.SubjectIdentifier;
import org.credence.subject.SubjectRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns checked chunks into records in two steps that can run on different threads: {@link #prepare} resolves the
 * subjects in one registry call (a valid identifier not on file is rejected as {@code subject-unknown}, never created);
 * {@link #store} files the filings through the record store, in the caller's transaction.
 */
@Component
class ChunkFiler {

    private final SubjectRegistry subjects;
    private final RecordStore records;

    ChunkFiler(SubjectRegistry subjects, RecordStore records) {
        this.subjects = subjects;
        this.records = records;
    }

    PreparedChunk prepare(ChunkReader.Chunk chunk, LineValidator validator, @Nullable Long batchId, String actor) {
        List<LineRejection> rejections = new ArrayList<>();
        List<LineCheck.Candidate> candidates = new ArrayList<>(chunk.lines().size());
        for (LineCheck check : chunk.lines()) {
            switch (check) {
                case LineCheck.Rejected r ->
                    r.problems()
                            .forEach(
                                    p -> rejections.add(new LineRejection(r.line(), p.field(), p.code(), p.message())));
                case LineCheck.Candidate c -> candidates.add(c);
            }
        }
        Map<String, Long> subjectIds = subjects.resolveAll(
                candidates.stream().map(LineCheck.Candidate::identifier).toList());
        List<RecordFiling> filings = new ArrayList<>(candidates.size());
        String provider = validator.provider().code();
        String edition = validator.edition().code();
        for (LineCheck.Candidate candidate : candidates) {
            SubjectIdentifier identifier = candidate.identifier();
            Long subjectId = subjectIds.get(identifier.value());
            if (subjectId == null) {
                rejections.add(new LineRejection(
                        candidate.line(),
                        "identifier",
                        "subject-unknown",
                        "no subject with identifier " + identifier.masked() + " is on file"));
            } else {
                filings.add(candidate.toFiling(subjectId, provider, edition));
            }
        }
        return new PreparedChunk(
                chunk.lastLine(), records.prepare(new FilingBatch(batchId, actor, filings)), rejections);
    }

    /**
     * Files the chunk's good lines when {@code store} is set; otherwise only counts the problems (an atomic batch that
     * already failed keeps reading to report every bad line).
     */
    ChunkResult store(PreparedChunk chunk, boolean store) {
        var tally = new Tally(chunk.rejections());
        if (store && !chunk.filings().batch().filings().isEmpty()) {
            records.file(chunk.filings()).forEach(tally::count);
        }
        return tally.result(chunk.lastLine());
    }

    /** Counts outcomes and collects rejections of one chunk. */
    private static final class Tally {

        private final List<LineRejection> rejections;
        private final Set<Long> rejectedLines = new HashSet<>();
        private long accepted;
        private long corrected;
        private long unchanged;

        Tally(List<LineRejection> rejections) {
            this.rejections = new ArrayList<>(rejections);
            rejections.forEach(r -> rejectedLines.add(r.line()));
        }

        void count(FilingOutcome outcome) {
            switch (outcome) {
                case FilingOutcome.Filed f -> accepted++;
                case FilingOutcome.Corrected c -> corrected++;
                case FilingOutcome.Unchanged u -> unchanged++;
                case FilingOutcome.Refused r -> {
                    rejectedLines.add(r.line());
                    rejections.add(new LineRejection(r.line(), r.field(), r.code(), r.message()));
                }
            }
        }

        ChunkResult result(long lastLine) {
            rejections.sort(Comparator.comparingLong(LineRejection::line));
            return new ChunkResult(lastLine, accepted, corrected, unchanged, rejectedLines.size(), rejections);
        }
    }
}
