@NullMarked
package org.credence.rating.internal;

import org.jspecify.annotations.NullMarked;
