@NullMarked
package org.credence.ingest.internal;

import org.jspecify.annotations.NullMarked;
