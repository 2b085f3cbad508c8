/**
 * PostgreSQL's binary {@code COPY} format for the bulk paths of any module: rows built in segmented big-endian buffers
 * ({@link org.credence.shared.copy.CopyBinary}), which the server reads without parsing text.
 */
@NullMarked
package org.credence.shared.copy;

import org.jspecify.annotations.NullMarked;
