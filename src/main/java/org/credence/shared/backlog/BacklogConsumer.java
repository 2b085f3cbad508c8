package org.credence.shared.backlog;

import java.util.List;

/**
 * Does the work queued under one {@link #queue()}. {@link #process} gets distinct ids in queue order, at most
 * {@link #batchSize()} at a time, and must be idempotent: ids whose work was done may come again after a crash.
 */
public interface BacklogConsumer {

    /** The queue's name: the owning module's name first, for example {@code rating.subjects}. */
    String queue();

    /** Does the work for these ids, in transactions of its own; throwing leaves them queued. */
    void process(List<Long> ids);

    default int batchSize() {
        return 5000;
    }
}
