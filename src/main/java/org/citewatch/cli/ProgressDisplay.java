package org.citewatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.citewatch.job.AuditProgress;

/**
 * Shows an audit's progress: on a terminal a progress bar per step (items, rate, ETA); elsewhere
 * (cron) one line every {@link #LOG_EVERY} on stderr, so a mailed log stays short.
 */
abstract class ProgressDisplay implements AuditProgress, AutoCloseable {

    /** Often enough to see a run move in a log, rarely enough to keep a nightly mail readable. */
    static final Duration LOG_EVERY = Duration.ofSeconds(10);

    static ProgressDisplay forConsole(PrintWriter err) {
        return System.console() != null ? new Bars() : new Lines(err);
    }

    @Override
    public void close() {}

    /** Progress bars on the terminal, one per step. */
    static final class Bars extends ProgressDisplay {

        private final Map<String, ProgressBar> bars = new ConcurrentHashMap<>();

        @Override
        public void started(String step, long total) {
            bars.put(
                    step,
                    new ProgressBarBuilder()
                            .setTaskName(step)
                            .setInitialMax(total)
                            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                            .setConsumer(new ConsoleProgressBarConsumer(System.err))
                            .showSpeed()
                            .setUpdateIntervalMillis(250)
                            .build());
        }

        @Override
        public void advanced(String step, long items) {
            ProgressBar bar = bars.get(step);
            if (bar != null) {
                bar.stepBy(items);
            }
        }

        @Override
        public void finished(String step) {
            ProgressBar bar = bars.remove(step);
            if (bar != null) {
                bar.close();
            }
        }

        @Override
        public void close() {
            bars.values().forEach(ProgressBar::close);
            bars.clear();
        }
    }

    /** A line every few seconds for logs. */
    static final class Lines extends ProgressDisplay {

        private final PrintWriter err;
        private final ScheduledExecutorService ticker;
        private volatile Current current;

        private record Current(String step, long total, long startNanos, AtomicLong done) {}

        Lines(PrintWriter err) {
            this.err = err;
            this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "citewatch-progress");
                thread.setDaemon(true);
                return thread;
            });
            long period = LOG_EVERY.toMillis();
            ticker.scheduleAtFixedRate(this::report, period, period, TimeUnit.MILLISECONDS);
        }

        @Override
        public void started(String step, long total) {
            current = new Current(step, total, System.nanoTime(), new AtomicLong());
        }

        @Override
        public void advanced(String step, long items) {
            Current now = current;
            if (now != null && now.step().equals(step)) {
                now.done().addAndGet(items);
            }
        }

        @Override
        public void finished(String step) {
            report();
            current = null;
        }

        private void report() {
            Current now = current;
            if (now == null) {
                return;
            }
            long done = now.done().get();
            double seconds = Math.max(0.001, (System.nanoTime() - now.startNanos()) / 1e9);
            double rate = done / seconds;
            StringBuilder line = new StringBuilder(now.step()).append(": ").append(done);
            if (now.total() >= 0) {
                line.append('/').append(now.total());
            }
            line.append(String.format(" items, %.1f/s", rate));
            if (now.total() > done && rate > 0) {
                line.append(", ETA ").append(Duration.ofSeconds((long) ((now.total() - done) / rate)));
            }
            err.println(line);
        }

        @Override
        public void close() {
            ticker.shutdownNow();
        }
    }
}
