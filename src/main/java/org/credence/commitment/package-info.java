/**
 * Credit commitments: versioned commitment texts per matter type, an applicant's signed commitment for a case (who,
 * when, the hash of the exact text), and the approving department's later finding of fulfilment or breach; a breach
 * files a commitment-breach record through the collection path.
 */
@NullMarked
@ApplicationModule(
        displayName = "Credit commitments",
        allowedDependencies = {"shared", "subject", "catalog", "record", "ingest", "access"})
package org.credence.commitment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
