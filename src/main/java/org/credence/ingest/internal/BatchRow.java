package org.credence.ingest.internal;

import java.nio.file.Path;
import org.credence.ingest.BatchView;
import org.jspecify.annotations.Nullable;

/** A batch as stored: what the API shows, plus where its file is and who holds its lease. */
record BatchRow(
        BatchView view,
        String submittedBy,
        Path file,
        @Nullable String owner,
        int attempts) {

    long id() {
        return view.batchId();
    }
}
