@NullMarked
package org.credence.subject.internal;

import org.jspecify.annotations.NullMarked;
