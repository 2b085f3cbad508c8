package org.credence.rating;

import java.util.List;

/**
 * The grade changes from rating a bulk filing's chunk of subjects together, published as one event (one durable
 * publication per listener instead of one per subject); single ratings still publish {@link RatingChanged}.
 */
public record RatingsChanged(List<RatingChanged> changes) {

    public RatingsChanged {
        changes = List.copyOf(changes);
    }
}
