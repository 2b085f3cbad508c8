/**
 * Access: who may see what and for what purpose, and the tamper-evident audit trail of every read of non-public data
 * and every write.
 */
@NullMarked
@ApplicationModule(
        displayName = "Access and audit",
        allowedDependencies = {"shared", "subject", "catalog"})
package org.credence.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
