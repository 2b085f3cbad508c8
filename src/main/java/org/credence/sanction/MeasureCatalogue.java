package org.credence.sanction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The joint-measures catalogue: editions as published data, one in force at a time. */
public interface MeasureCatalogue {

    /** The edition in force on the date: the latest effective on or before it. */
    MeasureEdition inForce(LocalDate date);

    /** All editions, oldest first. */
    List<MeasureEdition> editions();

    Optional<MeasureEdition> edition(String code);

    /**
     * Adds an edition from its JSON document after checking it (422 {@code invalid-measure-edition} with every
     * problem; 409 when the code or the effective date is taken).
     */
    MeasureEdition add(String document, String actor);
}
