package org.credence.ingest.internal;

import java.util.List;
import org.credence.ingest.LineRejection;
import org.credence.record.RecordFiling;

/** A chunk ready to store: the filings of its good lines (subjects resolved) and the problems of the others. */
record PreparedChunk(long lastLine, List<RecordFiling> filings, List<LineRejection> rejections) {

    PreparedChunk {
        filings = List.copyOf(filings);
        rejections = List.copyOf(rejections);
    }
}
