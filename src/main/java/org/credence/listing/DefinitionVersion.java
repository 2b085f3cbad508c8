package org.credence.listing;

import java.time.OffsetDateTime;
import java.util.Set;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/**
 * One stored version of a list's definition: the definition, what else its document says, and the document itself
 * exactly as posted (JSON, with its SHA-256). Versions never change once stored; a new version is a new document.
 *
 * @param inForce whether this is the list's version in force today
 * @param subjectKinds the kinds of subject the list takes
 * @param noticeDays for lists that notify natural persons before publication: how many days after the decision the
 *     entry of a person comes into force ({@code null} otherwise)
 * @param termByDecision whether every inclusion states its own term (as a market ban for N years does)
 * @param excludeMinors whether persons under 18 on the day of the decision are never listed
 * @param document the document as posted, with the automatic inclusion {@code rules}
 */
public record DefinitionVersion(
        ListDefinition definition,
        boolean inForce,
        Set<SubjectKind> subjectKinds,
        @Nullable Integer noticeDays,
        boolean termByDecision,
        boolean excludeMinors,
        String document,
        String documentHash,
        OffsetDateTime createdAt,
        String createdBy) {

    public DefinitionVersion {
        subjectKinds = Set.copyOf(subjectKinds);
    }
}
