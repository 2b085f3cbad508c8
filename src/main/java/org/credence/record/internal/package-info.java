@NullMarked
package org.credence.record.internal;

import org.jspecify.annotations.NullMarked;
