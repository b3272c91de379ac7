package org.citewatch.history;

import java.time.Instant;
import java.util.Objects;
import org.citewatch.check.Verdict;

/**
 * A link's state in the history.
 *
 * @param lastChecked {@code null} when never checked
 * @param lastVerdict {@code null} when never checked
 * @param firstFailureAt the first of the current run of DEAD checks, or {@code null}
 */
public record LinkStatus(
        String url,
        Instant firstSeen,
        Instant lastChecked,
        Verdict lastVerdict,
        int consecutiveFailures,
        Instant firstFailureAt,
        boolean confirmedDead,
        boolean flapping) {

    public LinkStatus {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(firstSeen, "firstSeen");
    }
}
