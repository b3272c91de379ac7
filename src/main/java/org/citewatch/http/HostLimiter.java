package org.citewatch.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Global and per-host concurrency limits for asynchronous requests, without a thread per waiting
 * request. Each host has its own queue; hosts with a free per-host slot take turns (round robin)
 * for the global slots, so a slow host holds at most its per-host share and never blocks the
 * others. A queued task holds no global slot while it waits.
 *
 * <p>A task receives a {@link Permit} and must {@linkplain Permit#release() release} it when its
 * request is over (releasing twice is harmless). Thread-safe.
 */
public final class HostLimiter {

    private static final Logger log = LoggerFactory.getLogger(HostLimiter.class);

    /** A slot held by one running request. */
    public interface Permit {
        /** Frees the slot; idempotent. */
        void release();
    }

    private final int global;
    private final int perHost;
    private final long minDelayNanos;
    private final ScheduledExecutorService timer;
    private final LongSupplier nanoTime;

    private final Object lock = new Object();
    private final Map<String, Host> hosts = new HashMap<>();
    private final ArrayDeque<Host> ready = new ArrayDeque<>();
    private int active;

    /**
     * @param global requests in flight at once, over all hosts
     * @param perHost requests in flight at once to one host
     * @param minDelay minimum time between the starts of two requests to one host
     * @param timer wakes hosts whose next start is delayed (min-delay, {@link #pause})
     */
    public HostLimiter(int global, int perHost, Duration minDelay, ScheduledExecutorService timer) {
        this(global, perHost, minDelay, timer, System::nanoTime);
    }

    HostLimiter(int global, int perHost, Duration minDelay, ScheduledExecutorService timer, LongSupplier nanoTime) {
        if (global < 1 || perHost < 1) {
            throw new IllegalArgumentException("limits must be positive: " + global + "/" + perHost);
        }
        this.global = global;
        this.perHost = perHost;
        this.minDelayNanos = minDelay.toNanos();
        this.timer = timer;
        this.nanoTime = nanoTime;
    }

    /**
     * Queues a task for a host. {@code urgent} tasks (the continuation of a started check: a
     * redirect hop, a retry) go to the front of the host's queue so started work finishes first.
     */
    public void submit(String host, boolean urgent, Consumer<Permit> task) {
        List<Runnable> starts;
        synchronized (lock) {
            Host h = hosts.computeIfAbsent(host, name -> new Host(name, nanoTime.getAsLong()));
            if (urgent) {
                h.waiting.addFirst(task);
            } else {
                h.waiting.addLast(task);
            }
            markReady(h);
            starts = drain();
        }
        run(starts);
    }

    /** Starts no request to {@code host} before {@code delay} has passed (e.g. Retry-After). */
    public void pause(String host, Duration delay) {
        synchronized (lock) {
            Host h = hosts.computeIfAbsent(host, name -> new Host(name, nanoTime.getAsLong()));
            h.notBefore = Math.max(h.notBefore, nanoTime.getAsLong() + delay.toNanos());
        }
    }

    /** Requests in flight now, over all hosts. */
    public int active() {
        synchronized (lock) {
            return active;
        }
    }

    private void release(Host h) {
        List<Runnable> starts;
        synchronized (lock) {
            h.active--;
            active--;
            if (h.active == 0 && h.waiting.isEmpty() && !h.wakeScheduled && h.notBefore - nanoTime.getAsLong() <= 0) {
                hosts.remove(h.name); // keeps the map as small as the set of busy hosts
            } else {
                markReady(h);
            }
            starts = drain();
        }
        run(starts);
    }

    private void wake(Host h) {
        List<Runnable> starts;
        synchronized (lock) {
            h.wakeScheduled = false;
            markReady(h);
            starts = drain();
        }
        run(starts);
    }

    // Callers hold the lock.
    private void markReady(Host h) {
        if (h.inReady || h.waiting.isEmpty() || h.active >= perHost) {
            return;
        }
        long wait = h.notBefore - nanoTime.getAsLong();
        if (wait > 0) {
            if (!h.wakeScheduled) {
                h.wakeScheduled = true;
                timer.schedule(() -> wake(h), wait, TimeUnit.NANOSECONDS);
            }
            return;
        }
        h.inReady = true;
        ready.addLast(h);
    }

    // Callers hold the lock; the returned starts run after it is released.
    private List<Runnable> drain() {
        List<Runnable> starts = new ArrayList<>();
        while (active < global) {
            Host h = ready.pollFirst();
            if (h == null) {
                break;
            }
            h.inReady = false;
            long now = nanoTime.getAsLong();
            if (h.waiting.isEmpty() || h.active >= perHost || h.notBefore - now > 0) {
                markReady(h);
                continue;
            }
            Consumer<Permit> task = h.waiting.pollFirst();
            h.active++;
            active++;
            if (minDelayNanos > 0) {
                h.notBefore = now + minDelayNanos;
            }
            SlotPermit permit = new SlotPermit(h);
            starts.add(() -> start(task, permit));
            markReady(h); // back to the end of the line: round robin over hosts
        }
        return starts;
    }

    private static void run(List<Runnable> starts) {
        for (Runnable start : starts) {
            start.run();
        }
    }

    private static void start(Consumer<Permit> task, Permit permit) {
        try {
            task.accept(permit);
        } catch (RuntimeException e) {
            permit.release();
            log.error("request task failed to start", e);
        }
    }

    private final class SlotPermit implements Permit {
        private final Host host;
        private final AtomicBoolean released = new AtomicBoolean();

        SlotPermit(Host host) {
            this.host = host;
        }

        @Override
        public void release() {
            if (released.compareAndSet(false, true)) {
                HostLimiter.this.release(host);
            }
        }
    }

    private static final class Host {
        final String name;
        final ArrayDeque<Consumer<Permit>> waiting = new ArrayDeque<>();
        int active;
        long notBefore;
        boolean inReady;
        boolean wakeScheduled;

        Host(String name, long now) {
            this.name = name;
            this.notBefore = now;
        }
    }
}
