package org.credence.record;

import java.time.LocalDate;
import org.credence.catalog.Polarity;
import org.credence.catalog.Severity;
import org.jspecify.annotations.Nullable;

/** Published when a new record is filed, in the filing transaction. */
public record RecordFiled(
        long recordId,
        long subjectId,
        String recordType,
        Polarity polarity,
        @Nullable Severity severity,
        String providerCode,
        LocalDate decisionDate) {}
