package dev.cca.cli;

import dev.cca.run.Intake;
import java.io.PrintWriter;

/**
 * A one-line progress display on standard error: a bar, records read, centers per second, the estimated time
 * left (from the share of the catalog up to the last record scored) and invalid records. Drawn
 * only on a terminal (or with --progress), at most ten times a second, and erased when done, so that logs
 * and pipes see nothing of it.
 */
final class ProgressBar implements Intake.Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean colour;
    private final long start = System.nanoTime();
    private long lastDraw;

    ProgressBar(PrintWriter err, boolean enabled, boolean colour) {
        this.err = err;
        this.enabled = enabled;
        this.colour = colour;
    }

    @Override
    public boolean wanted() {
        return enabled;
    }

    @Override
    public void update(long records, long invalid, long position, long totalBytes) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        long rate = seconds > 0 ? Math.round(records / seconds) : 0;
        StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT, "scoring: %,d records  %,d centers/s", records, rate));
        if (totalBytes > 0 && position > 0) {
            double done = Math.min(1.0, (double) position / totalBytes);
            int width = 20;
            int filled = (int) Math.round(done * width);
            line.insert(0, "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] ");
            double eta = done > 0 ? seconds * (1 - done) / done : 0;
            line.append(String.format(java.util.Locale.ROOT, "  %3.0f%%  ETA %s", done * 100, clock(eta)));
        }
        if (invalid > 0) {
            line.append(String.format(java.util.Locale.ROOT, "  %,d invalid", invalid));
        }
        err.print("\r" + (colour ? "\u001b[2m" + line + "\u001b[0m" : line) + "\u001b[K");
        err.flush();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(java.util.Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Override
    public void done(long records) {
        if (!enabled) {
            return;
        }
        err.print("\r\u001b[K");
        err.flush();
    }
}
