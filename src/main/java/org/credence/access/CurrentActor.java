package org.credence.access;

import java.util.Optional;

/** The caller of the current request and the purpose it named; for modules that scope what a caller may see. */
public interface CurrentActor {

    Actor actor();

    /** The purpose of use named for this request, if any (checked against the role before the handler runs). */
    Optional<Purpose> purpose();
}
