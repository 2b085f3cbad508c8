package org.credence.sanction;

import java.time.LocalDate;
import java.util.List;

/** An edition of the measures catalogue: in force from its effective date until the next edition's. */
public record MeasureEdition(String code, String title, LocalDate effectiveFrom, List<Measure> measures) {

    public MeasureEdition {
        measures = List.copyOf(measures);
    }
}
