/**
 * Credit evaluation: evaluation standards as versioned, declarative documents (draft, published, retired), the
 * ratings they give each subject (score, grade, reasons with the records behind them, the standard version), kept
 * current from record events and re-rated in full when a standard comes into force; professional rankings; the impact
 * of a draft on the current population.
 *
 * <p>No standard rates a natural person outside a profession: a standard for persons must name its professions, and
 * only persons with a registration in one of them are rated under it.
 */
@NullMarked
@ApplicationModule(
        displayName = "Credit evaluation",
        allowedDependencies = {"shared", "subject", "catalog", "record", "access"})
package org.credence.rating;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
