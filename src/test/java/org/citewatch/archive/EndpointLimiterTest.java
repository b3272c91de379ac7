package org.citewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the limiter on a fake clock: sleeping advances time, so nothing here waits. */
class EndpointLimiterTest {

    private long now = 1_000_000_000L;
    private final List<Duration> sleeps = new ArrayList<>();

    private EndpointLimiter limiter(String rate, Duration pause, Duration maxStreak) {
        return new EndpointLimiter("cdx", Rate.parse(rate), pause, maxStreak, () -> now, d -> {
            sleeps.add(d);
            now += d.toNanos();
        });
    }

    @Test
    void spacesRequestsToTheConfiguredRate() throws InterruptedException {
        EndpointLimiter limiter = limiter("24/min", Duration.ofSeconds(60), Duration.ofSeconds(60));

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire()).isTrue();
        }

        assertThat(sleeps)
                .as("the first request goes at once, then one every 2.5 s")
                .containsExactly(Duration.ofMillis(2500), Duration.ofMillis(2500));
    }

    @Test
    void pausesEveryCallerForAtLeastTheMinimumAfterA429() throws InterruptedException {
        EndpointLimiter limiter = limiter("120/min", Duration.ofSeconds(60), Duration.ofMinutes(5));
        limiter.acquire();

        limiter.rateLimited(Duration.ofSeconds(5));
        limiter.acquire();

        assertThat(sleeps)
                .as("a Retry-After shorter than the pause does not shorten it")
                .containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void honoursARetryAfterLongerThanThePause() throws InterruptedException {
        EndpointLimiter limiter = limiter("120/min", Duration.ofSeconds(60), Duration.ofMinutes(5));
        limiter.acquire();

        limiter.rateLimited(Duration.ofSeconds(90));
        limiter.acquire();

        assertThat(sleeps).containsExactly(Duration.ofSeconds(90));
    }

    @Test
    void haltsWhen429sPersistPastTheLimit() throws InterruptedException {
        EndpointLimiter limiter = limiter("120/min", Duration.ofSeconds(60), Duration.ofSeconds(60));
        limiter.acquire();
        limiter.rateLimited(null);
        assertThat(limiter.acquire())
                .as("after one 429 the endpoint is paused, not given up")
                .isTrue();

        limiter.rateLimited(null);

        assertThat(limiter.halted()).isTrue();
        assertThat(limiter.acquire())
                .as("a halted endpoint takes no more requests this run")
                .isFalse();
    }

    @Test
    void haltsAtOnceWhenRetryAfterIsLongerThanThe429Limit() {
        EndpointLimiter limiter = limiter("120/min", Duration.ofSeconds(60), Duration.ofSeconds(60));

        limiter.rateLimited(Duration.ofHours(1));

        assertThat(limiter.halted()).isTrue();
    }

    @Test
    void anAnswerEndsA429Streak() throws InterruptedException {
        EndpointLimiter limiter = limiter("120/min", Duration.ofSeconds(60), Duration.ofSeconds(90));
        limiter.acquire();
        limiter.rateLimited(null);
        limiter.acquire();
        limiter.answered();
        now += Duration.ofMinutes(10).toNanos();

        limiter.rateLimited(null);

        assertThat(limiter.halted())
                .as("two 429s ten minutes apart are not a persisting streak")
                .isFalse();
    }

    @Test
    void haltsWhenTheEndpointGivesNoAnswerSeveralTimesInARow() throws InterruptedException {
        EndpointLimiter limiter = limiter("120/min", Duration.ofSeconds(60), Duration.ofSeconds(60));

        for (int i = 1; i < EndpointLimiter.MAX_FAILURES_IN_A_ROW; i++) {
            assertThat(limiter.unreachable())
                    .as("failure %d is a passing fault", i)
                    .isFalse();
        }
        assertThat(limiter.unreachable()).isTrue();

        assertThat(limiter.acquire())
                .as("no request is sent once the endpoint is given up")
                .isFalse();
    }

    @Test
    void anAnswerEndsARunOfNetworkFailures() {
        EndpointLimiter limiter = limiter("120/min", Duration.ofSeconds(60), Duration.ofSeconds(60));
        for (int i = 1; i < EndpointLimiter.MAX_FAILURES_IN_A_ROW; i++) {
            limiter.unreachable();
        }

        limiter.answered();

        assertThat(limiter.unreachable()).isFalse();
        assertThat(limiter.halted()).isFalse();
    }
}
