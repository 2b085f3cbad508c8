@NullMarked
package org.credence.listing.internal;

import org.jspecify.annotations.NullMarked;
