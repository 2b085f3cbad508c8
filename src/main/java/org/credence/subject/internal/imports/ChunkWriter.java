package org.credence.subject.internal.imports;

import java.util.List;

/** Stores one chunk of validated, distinct rows in its own transaction and counts what it did. */
interface ChunkWriter extends AutoCloseable {

    Counts write(List<ImportRow> rows);

    @Override
    void close();

    /** New subjects put on file and subjects changed; the rest of the chunk was unchanged. */
    record Counts(long accepted, long updated) {}
}
