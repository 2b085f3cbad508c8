/**
 * Categorized supervision: supervision profiles per sector (the grades of a rating scheme mapped to supervision
 * categories with their inspection ratios and facilitation) and random inspection draws ("double random, one public")
 * that anyone can recompute from their recorded seed and inputs, published with masked identifiers.
 */
@NullMarked
@ApplicationModule(
        displayName = "Categorized supervision",
        allowedDependencies = {"shared", "subject", "rating", "access"})
package org.credence.supervision;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
