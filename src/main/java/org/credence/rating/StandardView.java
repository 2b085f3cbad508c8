package org.credence.rating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/**
 * One version of an evaluation standard with its document exactly as posted (YAML or JSON) and the SHA-256 of it.
 *
 * @param inForce whether this is the version of its scheme in force now
 */
public record StandardView(
        long standardId,
        String scheme,
        int version,
        StandardStatus status,
        String sector,
        SubjectKind subjectKind,
        LocalizedText title,
        LocalDate effectiveFrom,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime publishedAt,
        @Nullable OffsetDateTime retiredAt,
        boolean inForce,
        String document,
        String documentHash) {}
