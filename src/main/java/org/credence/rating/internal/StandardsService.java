package org.credence.rating.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.credence.rating.EvaluationStandards;
import org.credence.rating.ImpactReport;
import org.credence.rating.StandardStatus;
import org.credence.rating.StandardView;
import org.credence.shared.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class StandardsService implements EvaluationStandards {

    private final StandardStore store;
    private final StandardLibrary library;
    private final RerateJobs rerate;
    private final ImpactSimulation simulation;
    private final RatingTime time;

    StandardsService(
            StandardStore store,
            StandardLibrary library,
            RerateJobs rerate,
            ImpactSimulation simulation,
            RatingTime time) {
        this.store = store;
        this.library = library;
        this.rerate = rerate;
        this.simulation = simulation;
        this.time = time;
    }

    @Override
    public List<StandardView> published() {
        return views(store.withStatus(List.of(StandardStatus.PUBLISHED, StandardStatus.RETIRED)));
    }

    @Override
    public List<StandardView> drafts() {
        return views(store.withStatus(List.of(StandardStatus.DRAFT)));
    }

    @Override
    public Optional<StandardView> find(long standardId) {
        return store.find(standardId).map(s -> views(List.of(s)).getFirst());
    }

    @Override
    @Transactional
    public StandardView draft(String document, String actor) {
        StandardDocument parsed = library.parse(document);
        if (StandardLifecycle.draft(parsed, store.ofScheme(parsed.scheme()))
                instanceof StandardLifecycle.Refused refused) {
            throw ApiException.conflict(refused.code(), refused.message());
        }
        try {
            long id = store.insertDraft(parsed, document, StandardLibrary.hash(document), actor, time.now());
            return find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict(
                    "version-not-newer", "version " + parsed.version() + " of " + parsed.scheme() + " exists");
        }
    }

    @Override
    @Transactional
    public StandardView publish(long standardId, String actor) {
        StoredStandard standard = existing(standardId);
        library.active(standard);
        if (StandardLifecycle.publish(standard, store.ofScheme(standard.scheme()))
                instanceof StandardLifecycle.Refused refused) {
            throw ApiException.conflict(refused.code(), refused.message());
        }
        move(standard, StandardStatus.DRAFT, StandardStatus.PUBLISHED, actor);
        rerate.syncInForce("PUBLISHED");
        return find(standardId).orElseThrow();
    }

    @Override
    @Transactional
    public StandardView retire(long standardId, String actor) {
        StoredStandard standard = existing(standardId);
        if (StandardLifecycle.retire(standard) instanceof StandardLifecycle.Refused refused) {
            throw ApiException.conflict(refused.code(), refused.message());
        }
        move(standard, StandardStatus.PUBLISHED, StandardStatus.RETIRED, actor);
        rerate.syncInForce("RETIRED");
        return find(standardId).orElseThrow();
    }

    @Override
    public ImpactReport simulate(long standardId, int samplesPerCell) {
        if (samplesPerCell < 0 || samplesPerCell > 20) {
            throw ApiException.invalid("invalid-samples", "samples", "samples per move must be 0 to 20");
        }
        return simulation.simulate(library.active(existing(standardId)), samplesPerCell);
    }

    private void move(StoredStandard standard, StandardStatus from, StandardStatus to, String actor) {
        if (!store.move(standard.standardId(), from, to, actor, time.now())) {
            throw ApiException.conflict("standard-changed", "standard " + standard.standardId() + " changed meanwhile");
        }
    }

    private StoredStandard existing(long standardId) {
        return store.find(standardId)
                .orElseThrow(() -> ApiException.notFound("standard-not-found", "no standard " + standardId));
    }

    private List<StandardView> views(List<StoredStandard> standards) {
        LocalDate today = time.today();
        List<Long> inForce = library.inForce(time.now().toInstant(), today).stream()
                .map(a -> a.stored().standardId())
                .toList();
        return standards.stream()
                .map(s -> new StandardView(
                        s.standardId(),
                        s.scheme(),
                        s.version(),
                        s.status(),
                        s.sector(),
                        s.subjectKind(),
                        s.title(),
                        s.effectiveFrom(),
                        s.createdAt(),
                        s.publishedAt(),
                        s.retiredAt(),
                        inForce.contains(s.standardId()),
                        s.document(),
                        s.documentHash()))
                .toList();
    }
}
