/**
 * Synthetic populations: deterministic, realistic persons and organisations (valid identifiers over real division
 * codes, names, roles, professional registrations, association memberships) for demos, tests and benchmarks. Uses
 * the subject module through its public API only.
 */
@NullMarked
@ApplicationModule(
        displayName = "Synthetic population",
        allowedDependencies = {"subject", "shared"})
package org.credence.synthetic;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
