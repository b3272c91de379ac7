package org.citewatch.archive;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request rate written as text ({@code 24/min}, {@code 0.4/s}, {@code 100/h}).
 *
 * @param text the rate as configured
 * @param interval the spacing between two requests that keeps to the rate
 */
record Rate(String text, Duration interval) {

    private static final Pattern FORM =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*/\\s*(s|sec|second|m|min|minute|h|hour)");

    Rate {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a rate needs a positive interval: " + text);
        }
    }

    /** Parses {@code <number>/<s|min|h>}; throws {@link IllegalArgumentException} naming the bad text. */
    static Rate parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("rate must look like 24/min, 0.4/s or 100/h: " + text);
        }
        double permits = Double.parseDouble(m.group(1));
        if (permits <= 0) {
            throw new IllegalArgumentException("rate must be above zero: " + text);
        }
        Duration unit = switch (m.group(2)) {
            case "s", "sec", "second" -> Duration.ofSeconds(1);
            case "h", "hour" -> Duration.ofHours(1);
            default -> Duration.ofMinutes(1);
        };
        return new Rate(text.strip(), Duration.ofNanos((long) Math.ceil(unit.toNanos() / permits)));
    }
}
