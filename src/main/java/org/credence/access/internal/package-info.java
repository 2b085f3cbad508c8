@NullMarked
package org.credence.access.internal;

import org.jspecify.annotations.NullMarked;
