package org.citewatch.history;

import java.time.Instant;

/**
 * What the history knows about a link besides its checks.
 *
 * @param consecutiveFailures DEAD checks since the last ALIVE one (UNKNOWN ones neither count nor reset)
 * @param firstFailureAt the first of those DEAD checks, or {@code null}
 * @param lastFailureAt the latest of those DEAD checks, or {@code null}
 * @param confirmedDead enough failures over enough days ({@link ConfirmationPolicy})
 * @param flapping alternated between ALIVE and DEAD among its latest checks
 */
public record LinkState(
        int consecutiveFailures,
        Instant firstFailureAt,
        Instant lastFailureAt,
        boolean confirmedDead,
        boolean flapping) {

    /** A link never checked. */
    public static final LinkState NEW = new LinkState(0, null, null, false, false);

    public LinkState {
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures cannot be negative");
        }
        if ((consecutiveFailures == 0) != (firstFailureAt == null)) {
            throw new IllegalArgumentException("a failing link has a first failure time, and only a failing one");
        }
    }
}
