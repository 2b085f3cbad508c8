/**
 * Joint measures and the credit check. The measures catalogue (versioned data: content, class, punitive or
 * incentive, trigger, matter types, implementing departments, legal basis, effective period) is the only source of
 * consequences: a check restricts an applicant only by a catalogued measure whose trigger (a list entry in force, a
 * grade) holds today, and shows class-3 measures as information, never as a restriction. Every check is stored with
 * its answer, and the implementing department's feedback per measure closes the loop.
 */
@NullMarked
@ApplicationModule(
        displayName = "Joint measures and credit checks",
        allowedDependencies = {"shared", "subject", "catalog", "rating", "listing", "commitment", "access"})
package org.credence.sanction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
