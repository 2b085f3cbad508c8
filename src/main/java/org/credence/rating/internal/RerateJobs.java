package org.credence.rating.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.credence.rating.RerateJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides when the population must be re-rated: whenever the version in force of a scheme differs from the one the
 * latest job rated it with (a version published, retired, or reaching its effective date). A new job supersedes the
 * pending and running jobs it overlaps and takes over their other schemes, so that one job at a time rates a scheme.
 */
@Component
class RerateJobs {

    private static final Logger log = LoggerFactory.getLogger(RerateJobs.class);

    private final JobStore jobs;
    private final StandardLibrary library;
    private final StandardStore standards;
    private final PopulationReader population;
    private final RatingTime time;

    RerateJobs(
            JobStore jobs,
            StandardLibrary library,
            StandardStore standards,
            PopulationReader population,
            RatingTime time) {
        this.jobs = jobs;
        this.library = library;
        this.standards = standards;
        this.population = population;
        this.time = time;
    }

    /** Starts a job for the schemes whose version in force changed since they were last rated; empty if none did. */
    @Transactional
    public Optional<RerateJob> syncInForce(String cause) {
        Map<String, Long> inForce = inForceNow();
        Map<String, Long> ratedWith = ratedWith();
        Map<String, Long> changed = new LinkedHashMap<>();
        inForce.forEach((scheme, standardId) -> {
            if (!Objects.equals(ratedWith.get(scheme), standardId)) {
                changed.put(scheme, standardId);
            }
        });
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(start(changed, inForce, cause));
    }

    /** Starts a job over every scheme with its version in force now. */
    @Transactional
    public RerateJob rerateAll(String cause) {
        Map<String, Long> inForce = inForceNow();
        return start(inForce, inForce, cause);
    }

    private RerateJob start(Map<String, Long> targets, Map<String, Long> inForce, String cause) {
        Map<String, Long> all = new LinkedHashMap<>(targets);
        for (RerateJob running : jobs.unfinished()) {
            boolean overlaps = running.targets().keySet().stream().anyMatch(targets::containsKey);
            if (overlaps && jobs.supersede(running.jobId())) {
                running.targets().keySet().forEach(s -> all.putIfAbsent(s, inForce.getOrDefault(s, 0L)));
            }
        }
        long id = jobs.create(all, cause, population.count(), time.now());
        log.info("Re-rating job {} started ({}): {}", id, cause, JobStore.format(all));
        return jobs.find(id).orElseThrow();
    }

    /** Every scheme ever published, with the version in force now, or 0 when none is. */
    private Map<String, Long> inForceNow() {
        Map<String, Long> inForce = new LinkedHashMap<>();
        standards.publishedSchemes().forEach(s -> inForce.put(s, 0L));
        for (StandardLibrary.Active active : library.inForce(time.now().toInstant(), time.today())) {
            inForce.put(active.scheme(), active.stored().standardId());
        }
        return inForce;
    }

    /** For each scheme, the standard its latest job that was not superseded or failed rates it with. */
    private Map<String, Long> ratedWith() {
        Map<String, Long> ratedWith = new HashMap<>();
        List<RerateJob> recent = jobs.recent(200);
        for (RerateJob job : recent) {
            if (job.status() != RerateJob.Status.SUPERSEDED && job.status() != RerateJob.Status.FAILED) {
                job.targets().forEach(ratedWith::putIfAbsent);
            }
        }
        standards.publishedSchemes().forEach(s -> ratedWith.putIfAbsent(s, 0L));
        return ratedWith;
    }
}
