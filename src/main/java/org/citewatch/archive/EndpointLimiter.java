package org.citewatch.archive;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The politeness gate of one archive endpoint, shared by every thread of the run: spaces requests to
 * the configured rate (burst of one), pauses every caller after a 429, and gives up for the rest of
 * the run when 429s persist, because the Internet Archive firewalls clients that keep asking (an
 * hour, doubling on each repeat). It also gives up when the endpoint cannot be reached at all, so
 * that a run without access to the archive does not spend a rate-limited request on every link.
 */
final class EndpointLimiter {

    /** Blocks the calling thread; a seam so that tests need not wait for real. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(EndpointLimiter.class);

    /**
     * Network failures in a row (no answer at all) after which the endpoint is given up for the run:
     * one or two are passing faults; five at 24 requests a minute are ten minutes without an archive.
     */
    static final int MAX_FAILURES_IN_A_ROW = 5;

    private final String name;
    private final long intervalNanos;
    private final Duration pauseOn429;
    private final Duration max429Streak;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;

    private long nextFree = Long.MIN_VALUE;
    private long pausedUntil = Long.MIN_VALUE;
    private long streakStart;
    private boolean inStreak;
    private boolean halted;
    private int failuresInARow;

    /** Requests let through and 429s received since start: what the report says the run cost. */
    private final AtomicLong sent = new AtomicLong();

    private final AtomicLong throttled = new AtomicLong();

    /**
     * @param name the endpoint's name in logs and reasons ({@code cdx}, {@code replay})
     * @param rate the most requests this endpoint gets
     * @param pauseOn429 the shortest pause after a 429 (a longer Retry-After wins)
     * @param max429Streak how long 429s may persist before the limiter halts
     */
    EndpointLimiter(String name, Rate rate, Duration pauseOn429, Duration max429Streak) {
        this(name, rate, pauseOn429, max429Streak, System::nanoTime, d -> TimeUnit.NANOSECONDS.sleep(d.toNanos()));
    }

    EndpointLimiter(
            String name,
            Rate rate,
            Duration pauseOn429,
            Duration max429Streak,
            LongSupplier nanoTime,
            Sleeper sleeper) {
        this.name = name;
        this.intervalNanos = rate.interval().toNanos();
        this.pauseOn429 = pauseOn429;
        this.max429Streak = max429Streak;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    String name() {
        return name;
    }

    /**
     * Waits for this caller's turn.
     *
     * @return {@code false} when the endpoint is halted for this run (no request may be sent)
     */
    boolean acquire() throws InterruptedException {
        while (true) {
            long wait;
            boolean reserved;
            synchronized (this) {
                if (halted) {
                    return false;
                }
                long now = nanoTime.getAsLong();
                reserved = now >= pausedUntil;
                if (reserved) {
                    long slot = nextFree == Long.MIN_VALUE ? now : Math.max(now, nextFree);
                    nextFree = slot + intervalNanos;
                    wait = slot - now;
                    if (wait <= 0) {
                        return true;
                    }
                } else {
                    wait = pausedUntil - now;
                }
            }
            sleeper.sleep(Duration.ofNanos(wait));
            if (reserved) {
                synchronized (this) {
                    if (halted) {
                        return false;
                    }
                    // a 429 seen by another thread while this one slept puts it behind the pause too
                    if (nanoTime.getAsLong() >= pausedUntil) {
                        return true;
                    }
                }
            }
        }
    }

    /** Records a request sent after {@link #acquire()} let it through. */
    void sent() {
        sent.incrementAndGet();
    }

    /** The requests sent and the 429s received so far. */
    EndpointUsage usage() {
        return new EndpointUsage(sent.get(), throttled.get());
    }

    /** Records a 429: pauses every caller for max(Retry-After, pause), or halts if 429s persist. */
    synchronized void rateLimited(Duration retryAfter) {
        throttled.incrementAndGet();
        long now = nanoTime.getAsLong();
        if (!inStreak) {
            inStreak = true;
            streakStart = now;
        }
        Duration pause = retryAfter != null && retryAfter.compareTo(pauseOn429) > 0 ? retryAfter : pauseOn429;
        Duration streak = Duration.ofNanos(now - streakStart);
        if (streak.compareTo(max429Streak) >= 0 || pause.compareTo(max429Streak) > 0) {
            halted = true;
            log.warn(
                    "archive endpoint {} keeps answering 429 ({} so far, next pause {}); no more requests this run",
                    name,
                    streak,
                    pause);
            return;
        }
        pausedUntil = Math.max(pausedUntil, now + pause.toNanos());
        log.warn("archive endpoint {} answered 429; pausing all its calls for {}", name, pause);
    }

    /** Records an answer other than 429, which ends a 429 streak and a run of network failures. */
    synchronized void answered() {
        inStreak = false;
        failuresInARow = 0;
    }

    /**
     * Records a request that got no answer (refused, reset, unknown host, time-out).
     *
     * @return {@code true} when this failure made the limiter halt for the rest of the run
     */
    synchronized boolean unreachable() {
        failuresInARow++;
        if (!halted && failuresInARow >= MAX_FAILURES_IN_A_ROW) {
            halted = true;
            log.warn(
                    "archive endpoint {} did not answer {} requests in a row; no more requests this run",
                    name,
                    failuresInARow);
            return true;
        }
        return false;
    }

    synchronized boolean halted() {
        return halted;
    }
}
