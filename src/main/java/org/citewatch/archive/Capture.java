package org.citewatch.archive;

import java.time.Instant;
import java.util.Objects;

/**
 * One 200 capture of a URL in the Wayback index.
 *
 * @param timestamp the capture's 14-digit timestamp as the index gives it (used to build replay URLs)
 * @param instant when it was captured, parsed leniently
 * @param original the URL as captured (may carry a default port)
 */
record Capture(String timestamp, Instant instant, String original) {

    Capture {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(original, "original");
    }
}
