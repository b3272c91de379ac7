package org.citewatch.history;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.citewatch.check.Verdict;

/**
 * Turns a link's checks into its confirmed state.
 *
 * <p>A link is <b>confirmed dead</b> after {@code failures} DEAD checks spanning at least {@code span}
 * (InternetArchiveBot asks for three dead checks at least three days apart). An ALIVE check resets
 * the count. Unlike InternetArchiveBot, which resets on any non-dead result, an UNKNOWN (or SKIPPED)
 * check neither counts nor resets: citewatch reports time-outs, blocks and 5xx as UNKNOWN where
 * InternetArchiveBot calls time-outs dead, so a server that is merely flaky on one night must not
 * wipe out the evidence gathered on the others, and must not add to it either.
 *
 * <p>A link is <b>flapping</b> when, among its latest {@code flapWindow} checks, the verdict went from
 * ALIVE to DEAD or back at least twice (UNKNOWN and SKIPPED checks ignored).
 */
public record ConfirmationPolicy(int failures, Duration span, int flapWindow) {

    public ConfirmationPolicy {
        Objects.requireNonNull(span, "span");
        if (failures < 1 || flapWindow < 2) {
            throw new IllegalArgumentException("failures must be at least 1 and flapWindow at least 2");
        }
    }

    /**
     * @param previous the state before this check
     * @param verdict this check's verdict
     * @param checkedAt when this check finished
     * @param recentVerdicts the latest verdicts of the link, oldest first, this check included
     */
    public LinkState next(LinkState previous, Verdict verdict, Instant checkedAt, List<Verdict> recentVerdicts) {
        boolean flapping = isFlapping(recentVerdicts);
        switch (verdict) {
            case DEAD -> {
                int count = previous.consecutiveFailures() + 1;
                Instant first = previous.firstFailureAt() == null ? checkedAt : previous.firstFailureAt();
                boolean confirmed =
                        count >= failures && Duration.between(first, checkedAt).compareTo(span) >= 0;
                return new LinkState(count, first, checkedAt, confirmed, flapping);
            }
            case ALIVE -> {
                return new LinkState(0, null, null, false, flapping);
            }
            default -> {
                return new LinkState(
                        previous.consecutiveFailures(),
                        previous.firstFailureAt(),
                        previous.lastFailureAt(),
                        previous.confirmedDead(),
                        flapping);
            }
        }
    }

    /** One check of a link: when, and what it found. */
    public record Observation(Instant at, Verdict verdict) {

        public Observation {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /**
     * The confirmed-dead rule in the other direction, for removing a stale dead-link tag: the link's
     * latest {@code failures} ALIVE or DEAD checks (UNKNOWN and SKIPPED ones left out, as above) are
     * all ALIVE, and span at least {@code span}. One good answer from a flaky server is not enough.
     *
     * @param checks the link's latest checks, newest first
     */
    public boolean confirmsAlive(List<Observation> checks) {
        List<Observation> decisive = checks.stream()
                .filter(c -> c.verdict() == Verdict.ALIVE || c.verdict() == Verdict.DEAD)
                .limit(failures)
                .toList();
        if (decisive.size() < failures || decisive.stream().anyMatch(c -> c.verdict() != Verdict.ALIVE)) {
            return false;
        }
        Instant newest = decisive.get(0).at();
        Instant oldest = decisive.get(decisive.size() - 1).at();
        return Duration.between(oldest, newest).compareTo(span) >= 0;
    }

    /** Whether the latest {@code flapWindow} verdicts (oldest first) alternate between ALIVE and DEAD. */
    public boolean isFlapping(List<Verdict> recentVerdicts) {
        List<Verdict> window =
                recentVerdicts.subList(Math.max(0, recentVerdicts.size() - flapWindow), recentVerdicts.size());
        Verdict last = null;
        int changes = 0;
        for (Verdict verdict : window) {
            if (verdict != Verdict.ALIVE && verdict != Verdict.DEAD) {
                continue;
            }
            if (last != null && last != verdict) {
                changes++;
            }
            last = verdict;
        }
        return changes >= 2;
    }
}
