package org.citewatch.check;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a dead host from a dead network, so that an outage on citewatch's side never produces dead
 * links. A DNS, connection-refused or reset failure counts as dead only when the network is shown
 * to work at or after the moment the failed attempt began: another host answered (any HTTP status),
 * or a canary host did. Without such proof within the window the failure is reported as {@code
 * UNKNOWN NETWORK_UNAVAILABLE}. The guard declares an outage, logged at ERROR, when the canaries are
 * unreachable, when most hosts fail at the network level within the window, or when nothing
 * answers for a whole window after a failure; the next answer ends it. Thread-safe.
 */
final class OutageGuard {

    private static final Logger log = LoggerFactory.getLogger(OutageGuard.class);

    /** Fewer failing hosts than this never make an outage: a handful of dead sites is normal. */
    static final int MIN_FAILING_HOSTS = 5;

    /** "Most hosts": the share of recently seen hosts that failed at the network level. */
    static final double FAILING_SHARE = 0.8;

    private record Event(long nanos, String host, boolean answered) {}

    private record Pending(long attemptStart, CompletableFuture<Boolean> proof) {}

    private final long windowNanos;
    private final CanaryProbe canaries;
    private final ScheduledExecutorService timer;
    private final LongSupplier nanoTime;
    private final Clock clock;

    private final Object lock = new Object();
    private final ArrayDeque<Event> recent = new ArrayDeque<>();
    private final Map<String, Integer> failingHosts = new HashMap<>();
    private final Map<String, Integer> answeringHosts = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<NetworkOutage> outages = new ArrayList<>();
    private long lastAnswer = Long.MIN_VALUE;
    private long lastProbe = Long.MIN_VALUE;
    private boolean probing;

    OutageGuard(
            Duration window, CanaryProbe canaries, ScheduledExecutorService timer, LongSupplier nanoTime, Clock clock) {
        this.windowNanos = window.toNanos();
        this.canaries = canaries;
        this.timer = timer;
        this.nanoTime = nanoTime;
        this.clock = clock;
    }

    /** A host answered with some HTTP status: the network works. */
    void recordAnswer(String host) {
        List<CompletableFuture<Boolean>> proven = new ArrayList<>();
        synchronized (lock) {
            long now = nanoTime.getAsLong();
            lastAnswer = now;
            remember(new Event(now, host, true), now);
            if (isDownLocked()) {
                NetworkOutage last = outages.remove(outages.size() - 1);
                outages.add(new NetworkOutage(last.started(), clock.instant(), last.cause()));
                log.warn("network is back: {} answered; ending the outage noticed at {}", host, last.started());
            }
            for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
                Pending p = it.next();
                if (p.attemptStart() <= now) {
                    proven.add(p.proof());
                    it.remove();
                }
            }
        }
        proven.forEach(f -> f.complete(true));
    }

    /** A request to {@code host} failed at the network level (DNS, connect, reset, time-out). */
    void recordFailure(String host) {
        List<CompletableFuture<Boolean>> refuted = List.of();
        synchronized (lock) {
            long now = nanoTime.getAsLong();
            remember(new Event(now, host, false), now);
            int failing = failingHosts.size();
            int seen = failing + answeringHosts.size();
            if (!isDownLocked() && failing >= MIN_FAILING_HOSTS && failing >= FAILING_SHARE * seen) {
                refuted = goDown(failing + " of " + seen + " hosts failed at the network level within "
                        + Duration.ofNanos(windowNanos));
            }
        }
        refuted.forEach(f -> f.complete(false));
    }

    /** Whether an outage is going on now. */
    boolean isDown() {
        synchronized (lock) {
            return isDownLocked();
        }
    }

    /**
     * Completes {@code true} once the network is shown to work at or after {@code attemptStart}
     * ({@link System#nanoTime()} scale), {@code false} during an outage or without proof within the
     * window. Never completes exceptionally.
     */
    CompletableFuture<Boolean> confirmUp(long attemptStart) {
        CompletableFuture<Boolean> proof = new CompletableFuture<>();
        boolean probe = false;
        synchronized (lock) {
            if (isDownLocked()) {
                return CompletableFuture.completedFuture(false);
            }
            if (lastAnswer >= attemptStart) {
                return CompletableFuture.completedFuture(true);
            }
            pending.add(new Pending(attemptStart, proof));
            long now = nanoTime.getAsLong();
            if (canaries.configured() && !probing && (lastProbe == Long.MIN_VALUE || now - lastProbe > windowNanos)) {
                probing = true;
                lastProbe = now;
                probe = true;
            }
        }
        timer.schedule(() -> expire(proof, attemptStart), windowNanos, TimeUnit.NANOSECONDS);
        if (probe) {
            canaries.anyReachable().thenAccept(this::probed);
        }
        return proof;
    }

    /** Outages noticed so far, in order. */
    List<NetworkOutage> outages() {
        synchronized (lock) {
            return List.copyOf(outages);
        }
    }

    private void probed(boolean reachable) {
        synchronized (lock) {
            probing = false;
        }
        if (reachable) {
            recordAnswer("canary");
            return;
        }
        List<CompletableFuture<Boolean>> refuted;
        synchronized (lock) {
            refuted = isDownLocked() ? List.of() : goDown("canary hosts unreachable");
        }
        refuted.forEach(f -> f.complete(false));
    }

    private void expire(CompletableFuture<Boolean> proof, long attemptStart) {
        List<CompletableFuture<Boolean>> refuted = List.of();
        synchronized (lock) {
            boolean waiting = pending.removeIf(p -> p.proof() == proof);
            if (waiting && !isDownLocked() && lastAnswer < attemptStart) {
                refuted = goDown("no host answered for " + Duration.ofNanos(windowNanos) + " after a network failure");
            }
        }
        proof.complete(false);
        refuted.forEach(f -> f.complete(false));
    }

    // Callers hold the lock; the returned proofs complete after it is released.
    private List<CompletableFuture<Boolean>> goDown(String cause) {
        outages.add(new NetworkOutage(clock.instant(), null, cause));
        log.error(
                "NETWORK UNAVAILABLE: {}. Network failures are reported as UNKNOWN NETWORK_UNAVAILABLE, not dead,"
                        + " until a host answers again.",
                cause);
        List<CompletableFuture<Boolean>> refuted =
                pending.stream().map(Pending::proof).toList();
        pending.clear();
        return refuted;
    }

    private boolean isDownLocked() {
        return !outages.isEmpty() && outages.get(outages.size() - 1).ongoing();
    }

    // Keeps the window's events and, per host, how many of them it had (so counting is O(1)).
    private void remember(Event event, long now) {
        recent.addLast(event);
        (event.answered() ? answeringHosts : failingHosts).merge(event.host(), 1, Integer::sum);
        while (now - recent.peekFirst().nanos() > windowNanos) {
            Event old = recent.pollFirst();
            (old.answered() ? answeringHosts : failingHosts)
                    .computeIfPresent(old.host(), (h, n) -> n > 1 ? n - 1 : null);
        }
    }
}
