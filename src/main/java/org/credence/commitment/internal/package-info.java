@NullMarked
package org.credence.commitment.internal;

import org.jspecify.annotations.NullMarked;
