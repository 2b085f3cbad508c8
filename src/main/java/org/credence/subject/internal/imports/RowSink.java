package org.credence.subject.internal.imports;

import org.jspecify.annotations.Nullable;

/** Where a source puts the lines it reads: split rows, or rejections of lines it could not split. */
interface RowSink {

    void row(RawRow row);

    void reject(long line, @Nullable String field, String code, String message);
}
