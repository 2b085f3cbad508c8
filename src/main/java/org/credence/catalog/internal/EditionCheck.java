package org.credence.catalog.internal;

import java.util.List;
import org.credence.shared.FieldProblem;

/** The decision of {@link EditionRules} on an edition: valid, or invalid with every problem found. */
sealed interface EditionCheck {

    record Valid() implements EditionCheck {}

    record Invalid(List<FieldProblem> problems) implements EditionCheck {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    static EditionCheck of(List<FieldProblem> problems) {
        return problems.isEmpty() ? new Valid() : new Invalid(problems);
    }
}
