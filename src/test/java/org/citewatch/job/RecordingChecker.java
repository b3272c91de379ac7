package org.citewatch.job;

import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.citewatch.check.CheckResult;
import org.citewatch.check.LinkChecker;

/**
 * Wraps the real link checker in tests: records every URL asked for, and can simulate the process
 * dying after a number of checks (an {@link Error}, which no step skips, as a {@code kill -9}
 * leaves nothing the job could catch).
 */
final class RecordingChecker implements LinkChecker, AutoCloseable {

    /** What a crash of the process looks like to the step. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash");
        }
    }

    private final LinkChecker real;
    private final Queue<String> asked = new ConcurrentLinkedQueue<>();
    private final Queue<Instant> askedAt = new ConcurrentLinkedQueue<>();
    private final Queue<String> forgotten = new ConcurrentLinkedQueue<>();
    private final Queue<String> answered = new ConcurrentLinkedQueue<>();
    private final AtomicInteger crashAfter = new AtomicInteger(Integer.MAX_VALUE);

    RecordingChecker(LinkChecker real) {
        this.real = real;
    }

    /** The checks after the next {@code n} throw {@link SimulatedCrash}. */
    void crashAfter(int n) {
        crashAfter.set(n);
    }

    List<String> asked() {
        return List.copyOf(asked);
    }

    /** The URLs whose checks finished, in the order they finished. */
    List<String> answered() {
        return List.copyOf(answered);
    }

    /** When each check was asked for, in the order of {@link #asked()}. */
    List<Instant> askedAt() {
        return List.copyOf(askedAt);
    }

    @Override
    public void close() throws Exception {
        if (real instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** The URLs the checker was told to forget, in that order. */
    List<String> forgotten() {
        return List.copyOf(forgotten);
    }

    @Override
    public void forget(String url) {
        forgotten.add(url);
        real.forget(url);
    }

    @Override
    public CompletableFuture<CheckResult> check(String url) {
        if (crashAfter.getAndDecrement() <= 0) {
            throw new SimulatedCrash();
        }
        askedAt.add(Instant.now());
        asked.add(url);
        CompletableFuture<CheckResult> check = real.check(url);
        check.thenRun(() -> answered.add(url));
        return check;
    }
}
