/**
 * The credit-information catalogue: record types by category with polarity, severities, publicity and retention
 * rules, as versioned editions with an effective date; data providers and what each may submit; matter types of the
 * five supervision areas. Nothing outside the catalogue may be recorded.
 */
@NullMarked
@ApplicationModule(displayName = "Catalogue", allowedDependencies = "shared")
package org.credence.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
