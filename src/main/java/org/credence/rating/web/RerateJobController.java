package org.credence.rating.web;

import java.util.List;
import org.credence.rating.RatingEngine;
import org.credence.rating.RerateJob;
import org.credence.shared.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Full re-rating jobs: their status and progress, and starting one over every scheme in force. */
@RestController
@RequestMapping("/api/v1/rating-jobs")
class RerateJobController {

    private final RatingEngine ratings;

    RerateJobController(RatingEngine ratings) {
        this.ratings = ratings;
    }

    /** A job and its progress in percent. */
    record JobResponse(RerateJob job, double percent) {

        static JobResponse of(RerateJob job) {
            return new JobResponse(job, Math.round(job.percent() * 10) / 10.0);
        }
    }

    @GetMapping
    List<JobResponse> recent(@RequestParam(defaultValue = "20") int limit) {
        return ratings.jobs(limit).stream().map(JobResponse::of).toList();
    }

    @GetMapping("/{jobId}")
    JobResponse job(@PathVariable long jobId) {
        return ratings.job(jobId)
                .map(JobResponse::of)
                .orElseThrow(() -> ApiException.notFound("job-not-found", "no re-rating job " + jobId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    JobResponse start() {
        return JobResponse.of(ratings.rerateAll());
    }
}
