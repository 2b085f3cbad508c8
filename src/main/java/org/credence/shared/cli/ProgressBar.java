package org.credence.shared.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal stream: done of total, percentage and rate, redrawn at most ten times a
 * second so that drawing never slows the work it reports.
 */
public final class ProgressBar implements AutoCloseable {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private long done;

    /** @param total the expected amount of work, or 0 or less when unknown (then no bar, only the count). */
    public ProgressBar(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = total;
    }

    public void update(long done) {
        this.done = done;
        long now = System.nanoTime();
        if (now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw();
        }
    }

    @Override
    public void close() {
        draw();
        out.println();
    }

    private void draw() {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        String rate = String.format(Locale.ROOT, "%,.0f/s", done / seconds);
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            out.printf(
                    Locale.ROOT,
                    "\r%s [%s%s] %3d%% %,d/%,d %s",
                    label,
                    "#".repeat(filled),
                    " ".repeat(WIDTH - filled),
                    100 * done / total,
                    done,
                    total,
                    rate);
        } else {
            out.printf(Locale.ROOT, "\r%s %,d %s", label, done, rate);
        }
        out.flush();
    }
}
