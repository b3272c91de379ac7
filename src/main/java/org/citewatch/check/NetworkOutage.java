package org.citewatch.check;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of a run during which the network looked down (canary hosts unreachable, or most hosts
 * failing at the network level). Network failures during it are reported as {@code UNKNOWN
 * NETWORK_UNAVAILABLE}, never as dead.
 *
 * @param started when the outage was noticed
 * @param ended when a host answered again; {@code null} while it lasts
 * @param cause what the outage guard saw
 */
public record NetworkOutage(Instant started, Instant ended, String cause) {

    public NetworkOutage {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(cause, "cause");
    }

    public boolean ongoing() {
        return ended == null;
    }
}
