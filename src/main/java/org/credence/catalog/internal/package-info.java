@NullMarked
package org.credence.catalog.internal;

import org.jspecify.annotations.NullMarked;
