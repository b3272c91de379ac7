package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    private static RetryPolicy policy(double random) {
        return new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(60), CLOCK, () -> random);
    }

    @ParameterizedTest(name = "Retry-After {0} -> {1}")
    @CsvSource({
        // seconds
        "120, PT2M",
        "0, PT0S",
        // an HTTP date, in the future or already past
        "'Sun, 22 Nov 2026 08:00:30 GMT', PT30S",
        "'Sun, 22 Nov 2026 07:00:00 GMT', PT0S"
    })
    void readsRetryAfterAsSecondsOrDate(String header, Duration expected) {
        assertThat(policy(0.5).retryAfter(header)).contains(expected);
    }

    @Test
    void ignoresUnreadableRetryAfter() {
        assertThat(policy(0.5).retryAfter("soon")).isEmpty();
        assertThat(policy(0.5).retryAfter(null)).isEmpty();
    }

    @Test
    void honoursRetryAfterOnlyUpToTheCap() {
        assertThat(policy(0.5).honours(Duration.ofSeconds(60))).isTrue();
        assertThat(policy(0.5).honours(Duration.ofSeconds(61))).isFalse();
    }

    @Test
    void doublesTheBackoffPerRetryWithinTheJitterBand() {
        assertThat(policy(0.5).backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy(0.5).backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy(0.0).backoff(2)).as("lowest jitter").isEqualTo(Duration.ofSeconds(1));
        assertThat(policy(0.999).backoff(1)).isLessThan(Duration.ofMillis(1500));
    }
}
