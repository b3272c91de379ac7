package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outage guard's rules on a hand-driven clock, without canaries. */
class OutageGuardTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final long[] now = {1_000};
    private final OutageGuard guard = new OutageGuard(
            Duration.ofMinutes(5),
            new CanaryProbe(Fixtures.sharedClient(), List.of(), "test"),
            timer,
            () -> now[0],
            Clock.systemUTC());

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void confirmsAFailureByAnAnswerAfterTheAttemptBegan() {
        CompletableFuture<Boolean> proof = guard.confirmUp(1_000);
        assertThat(proof).isNotDone();

        now[0] = 2_000;
        guard.recordAnswer("other.example");

        assertThat(proof).isCompletedWithValue(true);
    }

    @Test
    void doesNotCountAnAnswerFromBeforeTheAttempt() {
        guard.recordAnswer("other.example");

        assertThat(guard.confirmUp(now[0] + 1)).isNotDone();
    }

    @Test
    void declaresAnOutageWhenMostHostsFail() {
        guard.recordAnswer("up.example");
        CompletableFuture<Boolean> pending = guard.confirmUp(now[0] + 1);
        now[0] += 10;
        for (int i = 0; i < OutageGuard.MIN_FAILING_HOSTS; i++) {
            guard.recordFailure("down" + i + ".example");
        }

        assertThat(guard.isDown()).isTrue();
        assertThat(pending).as("waiting failures learn of the outage").isCompletedWithValue(false);
        assertThat(guard.confirmUp(now[0])).isCompletedWithValue(false);
        assertThat(guard.outages())
                .singleElement()
                .satisfies(o -> assertThat(o.cause()).contains("5 of 6 hosts"));
    }

    @Test
    void toleratesAFewDeadHostsAmongManyLiveOnes() {
        for (int i = 0; i < 30; i++) {
            guard.recordAnswer("up" + i + ".example");
        }
        for (int i = 0; i < 6; i++) {
            guard.recordFailure("down" + i + ".example");
        }

        assertThat(guard.isDown()).isFalse();
    }
}
