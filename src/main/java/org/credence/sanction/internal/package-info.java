@NullMarked
package org.credence.sanction.internal;

import org.jspecify.annotations.NullMarked;
