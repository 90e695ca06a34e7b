package org.govfacts.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar on stderr — documents done, characters per second, time left — shown
 * only when stderr is a terminal and only once a run has taken more than a couple of seconds, so
 * pipes, files and CI logs stay clean.
 */
final class Progress implements AutoCloseable {
    private static final long DELAY_MS = 2000;
    private final int total;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong chars = new AtomicLong();
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;
    private final PrintStream err;
    private volatile boolean drawn;

    private Progress(int total, PrintStream err, boolean show) {
        this.total = total;
        this.err = err;
        if (show) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "govfacts-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::draw, DELAY_MS, 500, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    /** A progress bar over {@code total} documents, drawn only when stderr is a terminal. */
    static Progress start(int total) {
        return new Progress(total, System.err, stderrIsTerminal());
    }

    /** Linux tells through /proc which file the error stream is; elsewhere, a console means a terminal. */
    static boolean stderrIsTerminal() {
        if (System.getenv("CI") != null) {
            return false;
        }
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // fall through
        }
        return System.console() != null;
    }

    void documentDone(long characters) {
        done.incrementAndGet();
        chars.addAndGet(characters);
    }

    private void draw() {
        long n = done.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = chars.get() / Math.max(seconds, 1e-9);
        String eta = n == 0 ? "?" : formatSeconds(seconds / n * (total - n));
        int width = 30;
        int filled = total == 0 ? width : (int) (width * n / total);
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        err.printf(Locale.ROOT, "\r[%s] %d/%d documents, %,.0f chars/s, %s left ", bar, n, total, rate, eta);
        err.flush();
        drawn = true;
    }

    private static String formatSeconds(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", t / 3600, t / 60 % 60)
                : t >= 60 ? String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60) : t + "s";
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            if (drawn) {
                err.print("\r" + " ".repeat(100) + "\r");
                err.flush();
            }
        }
    }
}
