package org.citewatch.check;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Checks URLs concurrently within the global and per-host limits. Thread-safe; one instance per run.
 * A check never completes exceptionally for anything a server or the network does: those are
 * verdicts.
 */
public interface LinkChecker {

    /**
     * Starts checking a normalized URL; the future completes when the verdict is known. A URL is
     * fetched once per checker: asking again, while it runs or after, gives the same check.
     */
    CompletableFuture<CheckResult> check(String url);

    /**
     * Lets the checker forget a URL's finished check, once the caller has stored the result: a run
     * over millions of URLs must not hold every result in memory. Asking for the URL again fetches
     * it again. A check still running is not forgotten.
     */
    default void forget(String url) {}

    /**
     * Network outages noticed so far in this run, oldest first; empty when none. During an outage
     * network failures come out {@code UNKNOWN NETWORK_UNAVAILABLE}; a job should say so loudly.
     */
    default List<NetworkOutage> outages() {
        return List.of();
    }
}
