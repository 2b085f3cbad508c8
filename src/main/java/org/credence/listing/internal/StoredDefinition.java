package org.credence.listing.internal;

import java.time.OffsetDateTime;

/** A definition version as stored: its parsed document, the text as posted and its hash, who added it and when. */
record StoredDefinition(
        long definitionId,
        DefinitionDocument document,
        String text,
        String hash,
        OffsetDateTime createdAt,
        String createdBy) {

    String code() {
        return document.code();
    }

    int version() {
        return document.version();
    }
}
