package org.citewatch.check;

import java.util.concurrent.CompletableFuture;

/**
 * Checks URLs concurrently within the global and per-host limits. Thread-safe; one instance per run.
 * A check never completes exceptionally for anything a server or the network does: those are
 * verdicts.
 */
public interface LinkChecker {

    /** Starts checking a normalized URL; the future completes when the verdict is known. */
    CompletableFuture<CheckResult> check(String url);
}
