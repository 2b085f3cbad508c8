/**
 * Credit records: one per (provider, source reference), with their status lifecycle, publicity dates from the
 * catalogue rule and an append-only history of who changed what, when and why. Every new or changed record
 * publishes an event in the same transaction; records are never deleted through the API.
 */
@NullMarked
@ApplicationModule(
        displayName = "Credit records",
        allowedDependencies = {"catalog", "subject", "access", "shared"})
package org.credence.record;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
