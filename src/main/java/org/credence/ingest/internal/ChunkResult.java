package org.credence.ingest.internal;

import java.util.List;
import org.credence.ingest.LineRejection;

/** What one chunk did: the outcome counts per data line and the problems of the rejected lines. */
record ChunkResult(
        long lastLine,
        long accepted,
        long corrected,
        long unchanged,
        long rejectedLines,
        List<LineRejection> rejections) {

    ChunkResult {
        rejections = List.copyOf(rejections);
    }
}
