package org.citewatch.history;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the history database's policies ({@code citewatch.history.*}); defaults equal
 * config/application.yml.
 *
 * @param aliveRecheckAfter an ALIVE link is checked again after this long
 * @param failedRecheckAfter a DEAD or UNKNOWN link is checked again after this long
 * @param recheckSlack nightly runs start at the same minute: a link checked a few seconds into
 *     yesterday's run is due today although a little less than a day has passed
 * @param confirmFailures failing checks needed before a link is confirmed dead
 * @param confirmSpan the failing checks must span at least this long (one bad night is not enough)
 * @param flapWindow how many of a link's latest checks are looked at to call it flapping
 * @param lockStaleAfter a run lock whose heartbeat is older than this belongs to a dead process
 * @param lockHeartbeat how often a running audit refreshes its lock
 */
@ConfigurationProperties("citewatch.history")
public record HistoryProperties(
        @DefaultValue("7d") Duration aliveRecheckAfter,
        @DefaultValue("1d") Duration failedRecheckAfter,
        @DefaultValue("1h") Duration recheckSlack,
        @DefaultValue("3") int confirmFailures,
        @DefaultValue("3d") Duration confirmSpan,
        @DefaultValue("5") int flapWindow,
        @DefaultValue("10m") Duration lockStaleAfter,
        @DefaultValue("30s") Duration lockHeartbeat) {

    public HistoryProperties {
        if (confirmFailures < 1 || flapWindow < 2) {
            throw new IllegalArgumentException("confirm-failures must be at least 1 and flap-window at least 2");
        }
        if (lockHeartbeat.compareTo(lockStaleAfter) >= 0) {
            throw new IllegalArgumentException("lock-heartbeat must be shorter than lock-stale-after");
        }
    }
}
