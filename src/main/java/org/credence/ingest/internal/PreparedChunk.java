package org.credence.ingest.internal;

import java.util.List;
import org.credence.ingest.LineRejection;
import org.credence.record.PreparedFilings;

/**
 * A chunk ready to store: the filings of its good lines (subjects resolved, prepared by the record store) and the
 * problems of the others.
 */
record PreparedChunk(long lastLine, PreparedFilings filings, List<LineRejection> rejections) {

    PreparedChunk {
        rejections = List.copyOf(rejections);
    }
}
