package org.citewatch.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.citewatch.check.Verdict;

/**
 * When a link is due for another check: never checked, ALIVE and older than {@code aliveAfter},
 * or anything else (DEAD, UNKNOWN) and older than {@code failedAfter}; both less {@code slack}.
 */
public record RecheckPolicy(Duration aliveAfter, Duration failedAfter, Duration slack) {

    public RecheckPolicy {
        Objects.requireNonNull(aliveAfter, "aliveAfter");
        Objects.requireNonNull(failedAfter, "failedAfter");
        Objects.requireNonNull(slack, "slack");
    }

    /**
     * @param lastVerdict the verdict of the latest check, or {@code null} when never checked
     * @param lastChecked when it was checked, or {@code null} when never checked
     */
    public boolean isDue(Verdict lastVerdict, Instant lastChecked, Instant now) {
        if (lastVerdict == null || lastChecked == null) {
            return true;
        }
        Instant cutoff = lastVerdict == Verdict.ALIVE ? aliveCutoff(now) : failedCutoff(now);
        return !lastChecked.isAfter(cutoff);
    }

    /** ALIVE links checked at or before this instant are due. */
    public Instant aliveCutoff(Instant now) {
        return now.minus(aliveAfter).plus(slack);
    }

    /** DEAD and UNKNOWN links checked at or before this instant are due. */
    public Instant failedCutoff(Instant now) {
        return now.minus(failedAfter).plus(slack);
    }
}
