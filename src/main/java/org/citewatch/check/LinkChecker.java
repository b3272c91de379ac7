package org.citewatch.check;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Checks URLs concurrently within the global and per-host limits. Thread-safe; one instance per run.
 * A check never completes exceptionally for anything a server or the network does: those are
 * verdicts.
 */
public interface LinkChecker {

    /** Starts checking a normalized URL; the future completes when the verdict is known. */
    CompletableFuture<CheckResult> check(String url);

    /**
     * Network outages noticed so far in this run, oldest first; empty when none. During an outage
     * network failures come out {@code UNKNOWN NETWORK_UNAVAILABLE}; a job should say so loudly.
     */
    default List<NetworkOutage> outages() {
        return List.of();
    }
}
