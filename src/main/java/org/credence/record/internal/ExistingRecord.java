package org.credence.record.internal;

import org.credence.record.RecordStatus;
import org.jspecify.annotations.Nullable;

/** What the merge needs to know of a record already stored under a (provider, source reference). */
record ExistingRecord(
        long recordId,
        long subjectId,
        String sourceReference,
        RecordStatus status,
        int version,
        String contentHash,
        @Nullable Long lastBatchId,
        @Nullable Long lastBatchLine) {}
