package org.credence.shared.backlog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Bulk jobs running in this process (batches of records being filed). While one runs, the backlog waits (up to
 * {@code credence.backlog.max-deferral}): the job's chunks keep queueing the same subjects, and working through them
 * once at the end costs a fraction of doing it chunk by chunk on the same two cores.
 */
@Component
public class BulkWork {

    private final AtomicInteger running = new AtomicInteger();
    private final List<Runnable> onEnd = new CopyOnWriteArrayList<>();

    /**
     * Runs when the last running bulk job ends, on the job's thread, before the backlog may start on the job's work
     * (for example, to bring planner statistics up to date for the backlog's queries).
     */
    public void onEnd(Runnable action) {
        onEnd.add(action);
    }

    /** Marks a bulk job as running until the returned handle is closed. */
    public Running begin() {
        running.incrementAndGet();
        return new Running();
    }

    public boolean active() {
        return running.get() > 0;
    }

    /** A running bulk job; closing it twice counts once. */
    public final class Running implements AutoCloseable {

        private boolean closed;

        private Running() {}

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                try {
                    if (running.get() == 1) {
                        onEnd.forEach(Runnable::run);
                    }
                } finally {
                    running.decrementAndGet();
                }
            }
        }
    }
}
