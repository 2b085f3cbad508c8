@NullMarked
package org.credence.synthetic.internal;

import org.jspecify.annotations.NullMarked;
