/**
 * Collection of credit records from providers: single submissions and bulk files (CSV, JSON Lines) validated against
 * the catalogue with line-numbered errors, stored idempotently through the record module, processed asynchronously in
 * resumable batches.
 */
@NullMarked
@ApplicationModule(
        displayName = "Ingest",
        allowedDependencies = {"catalog", "record", "subject", "access", "shared"})
package org.credence.ingest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
