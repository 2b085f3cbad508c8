package org.credence.commitment;

import java.util.Optional;

/** The commitments' facade for other modules. */
public interface Commitments {

    /** The template version in force today for the matter type, if the matter type takes commitments. */
    Optional<CommitmentTemplate> templateFor(String matterType);
}
