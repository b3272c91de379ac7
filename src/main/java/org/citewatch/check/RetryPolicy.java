package org.citewatch.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before another try: exponential backoff with jitter (so retries of many URLs
 * do not arrive together), or the server's Retry-After up to a cap.
 */
final class RetryPolicy {

    private final int retries;
    private final Duration backoff;
    private final Duration maxRetryAfter;
    private final Clock clock;
    private final DoubleSupplier random;

    RetryPolicy(int retries, Duration backoff, Duration maxRetryAfter, Clock clock, DoubleSupplier random) {
        this.retries = retries;
        this.backoff = backoff;
        this.maxRetryAfter = maxRetryAfter;
        this.clock = clock;
        this.random = random;
    }

    static RetryPolicy from(CheckProperties p) {
        return new RetryPolicy(
                p.retries(),
                p.retryBackoff(),
                p.maxRetryAfter(),
                Clock.systemUTC(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Retries allowed per hop after the first try. */
    int retries() {
        return retries;
    }

    /** The delay before retry {@code n} (1-based): backoff × 2^(n−1), scaled by 0.5–1.5 for jitter. */
    Duration backoff(int n) {
        double factor = Math.pow(2, Math.max(0, n - 1)) * (0.5 + random.getAsDouble());
        return Duration.ofNanos((long) (backoff.toNanos() * factor));
    }

    /** A Retry-After header (seconds or HTTP date) as a delay; empty when absent or unreadable. */
    Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }

    /** Whether a requested wait is short enough to honour. */
    boolean honours(Duration retryAfter) {
        return retryAfter.compareTo(maxRetryAfter) <= 0;
    }
}
