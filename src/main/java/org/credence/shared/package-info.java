/**
 * What every module may use: problem-detail errors, paging, time. Nothing domain-specific lives here.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.credence.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
