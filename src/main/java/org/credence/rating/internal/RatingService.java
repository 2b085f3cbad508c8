package org.credence.rating.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.credence.rating.CurrentGrade;
import org.credence.rating.RankedProfessional;
import org.credence.rating.Rating;
import org.credence.rating.RatingEngine;
import org.credence.rating.RerateJob;
import org.credence.rating.SubjectGrade;
import org.credence.shared.ApiException;
import org.credence.shared.Page;
import org.credence.shared.PageRequest;
import org.credence.subject.SubjectRef;
import org.credence.subject.SubjectRegistry;
import org.springframework.stereotype.Service;

@Service
class RatingService implements RatingEngine {

    private static final int MAX_GRADES_PAGE = 10_000;

    private final RatingReader reader;
    private final IncrementalRater rater;
    private final RatingQueries queries;
    private final SubjectRegistry subjects;
    private final JobStore jobs;
    private final RerateJobs rerate;
    private final RatingTime time;

    RatingService(
            RatingReader reader,
            IncrementalRater rater,
            RatingQueries queries,
            SubjectRegistry subjects,
            JobStore jobs,
            RerateJobs rerate,
            RatingTime time) {
        this.reader = reader;
        this.rater = rater;
        this.queries = queries;
        this.subjects = subjects;
        this.jobs = jobs;
        this.rerate = rerate;
        this.time = time;
    }

    @Override
    public List<Rating> ratingsOf(long subjectId) {
        return reader.ratingsOf(subjectId);
    }

    @Override
    public List<CurrentGrade> gradesOf(long subjectId) {
        return reader.gradesOf(subjectId);
    }

    @Override
    public List<Rating> replay(long subjectId, Instant at) {
        return reader.replay(subjectId, at);
    }

    @Override
    public List<Rating> replay(long subjectId, LocalDate date) {
        return reader.replay(subjectId, time.endOf(date));
    }

    @Override
    public List<Rating> rate(long subjectId) {
        rater.rate(subjectId);
        return reader.ratingsOf(subjectId);
    }

    @Override
    public Page<RankedProfessional> ranking(String scheme, String profession, String regionCode, PageRequest page) {
        return ranked(queries.ranking(scheme, profession, regionPrefix(regionCode), null, page), page);
    }

    @Override
    public Page<RankedProfessional> ranking(
            String scheme, String profession, String regionCode, Set<Long> among, PageRequest page) {
        String prefix = regionPrefix(regionCode);
        return among.isEmpty()
                ? Page.of(List.of(), page)
                : ranked(queries.ranking(scheme, profession, prefix, among, page), page);
    }

    private static String regionPrefix(String regionCode) {
        if (!regionCode.matches("\\d{6}")) {
            throw ApiException.invalid("invalid-region", "region", "a region is a 6-digit code, was " + regionCode);
        }
        String prefix = regionCode;
        while (prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    private Page<RankedProfessional> ranked(List<RatingQueries.RankedRow> fetched, PageRequest page) {
        List<RankedProfessional> rows = new ArrayList<>();
        for (RatingQueries.RankedRow row : fetched) {
            Optional<SubjectRef> subject = subjects.findById(row.subjectId());
            rows.add(new RankedProfessional(
                    row.rank(),
                    row.subjectId(),
                    subject.map(SubjectRef::maskedIdentifier).orElse(""),
                    subject.map(SubjectRef::name).orElse(""),
                    row.score(),
                    row.grade(),
                    RatingQueries.percentile(row.rank(), row.peers())));
        }
        return Page.of(rows, page);
    }

    @Override
    public List<SubjectGrade> grades(String scheme, long afterSubjectId, int limit) {
        if (limit < 1 || limit > MAX_GRADES_PAGE) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_GRADES_PAGE + ", was " + limit);
        }
        return queries.grades(scheme, afterSubjectId, limit);
    }

    @Override
    public Optional<RerateJob> job(long jobId) {
        return jobs.find(jobId);
    }

    @Override
    public List<RerateJob> jobs(int limit) {
        return jobs.recent(Math.clamp(limit, 1, 100));
    }

    @Override
    public RerateJob rerateAll() {
        return rerate.rerateAll("MANUAL");
    }
}
