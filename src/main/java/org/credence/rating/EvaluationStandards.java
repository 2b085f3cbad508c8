package org.credence.rating;

import java.util.List;
import java.util.Optional;

/**
 * The evaluation standards' facade: versioned, declarative documents that a credit officer drafts, publishes and
 * retires. Published standards are public and immutable; a new version is a new document. Publishing or retiring
 * a version that changes what is in force starts a full re-rating of its scheme.
 *
 * <p>Refusals are {@link org.credence.shared.ApiException}s: 400 {@code standard-invalid} listing every problem of a
 * document with its path ({@code factors[2].decay[0].percent}); 404 {@code standard-not-found}; 409
 * {@code version-not-newer}, {@code scheme-kind-changed}, {@code not-a-draft}, {@code not-published},
 * {@code newer-version-published}.
 */
public interface EvaluationStandards {

    /** Published and retired versions, by scheme then newest version first. */
    List<StandardView> published();

    /** Drafts, newest first; not public. */
    List<StandardView> drafts();

    Optional<StandardView> find(long standardId);

    /** Validates the document (YAML or JSON) and keeps it as a draft. */
    StandardView draft(String document, String actor);

    StandardView publish(long standardId, String actor);

    StandardView retire(long standardId, String actor);

    /**
     * Rates the current population with a draft (or any version) without changing a rating: how many subjects move
     * from each current grade to each grade under it, with up to {@code samplesPerCell} moved subjects per move.
     */
    ImpactReport simulate(long standardId, int samplesPerCell);
}
