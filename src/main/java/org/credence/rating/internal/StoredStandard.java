package org.credence.rating.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.credence.rating.LocalizedText;
import org.credence.rating.StandardStatus;
import org.credence.subject.SubjectKind;
import org.jspecify.annotations.Nullable;

/** A row of {@code rating_standard}. */
record StoredStandard(
        long standardId,
        String scheme,
        int version,
        StandardStatus status,
        SubjectKind subjectKind,
        String sector,
        LocalizedText title,
        LocalDate effectiveFrom,
        String document,
        String documentHash,
        OffsetDateTime createdAt,
        String createdBy,
        @Nullable OffsetDateTime publishedAt,
        @Nullable OffsetDateTime retiredAt) {}
