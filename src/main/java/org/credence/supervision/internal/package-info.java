@NullMarked
package org.credence.supervision.internal;

import org.jspecify.annotations.NullMarked;
