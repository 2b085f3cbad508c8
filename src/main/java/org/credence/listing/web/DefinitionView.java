package org.credence.listing.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import java.util.Set;
import org.credence.listing.DefinitionVersion;
import org.credence.listing.ListDefinition;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/** A definition version as published: the definition, its other terms, and the document with its rules as JSON. */
record DefinitionView(
        ListDefinition definition,
        boolean inForce,
        Set<SubjectKind> subjectKinds,
        @Nullable Integer noticeDays,
        boolean termByDecision,
        boolean excludeMinors,
        @JsonRawValue String document,
        String documentHash,
        OffsetDateTime createdAt) {

    static DefinitionView of(DefinitionVersion v) {
        return new DefinitionView(
                v.definition(),
                v.inForce(),
                v.subjectKinds(),
                v.noticeDays(),
                v.termByDecision(),
                v.excludeMinors(),
                v.document(),
                v.documentHash(),
                v.createdAt());
    }
}
