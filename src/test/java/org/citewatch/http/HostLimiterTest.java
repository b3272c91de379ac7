package org.citewatch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The limiter's bookkeeping, driven by hand: tasks hold their permit until the test releases it. */
class HostLimiterTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<String> started = new ArrayList<>();
    private final List<HostLimiter.Permit> held = new ArrayList<>();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private void submit(HostLimiter limiter, String host, String name) {
        limiter.submit(host, false, permit -> {
            started.add(name);
            held.add(permit);
        });
    }

    @Test
    void startsNoMoreThanThePerHostLimitForOneHost() {
        HostLimiter limiter = new HostLimiter(10, 2, Duration.ZERO, timer);

        for (int i = 0; i < 5; i++) {
            submit(limiter, "a", "a" + i);
        }

        assertThat(started).containsExactly("a0", "a1");
        held.get(0).release();
        assertThat(started).containsExactly("a0", "a1", "a2");
    }

    @Test
    void letsOtherHostsProceedWhileOneHostsQueueWaits() {
        HostLimiter limiter = new HostLimiter(4, 2, Duration.ZERO, timer);

        for (int i = 0; i < 100; i++) {
            submit(limiter, "slow", "slow" + i);
        }
        submit(limiter, "b", "b0");
        submit(limiter, "c", "c0");

        assertThat(started)
                .as("98 queued URLs of one host hold no global slot")
                .containsExactly("slow0", "slow1", "b0", "c0");
        assertThat(limiter.active()).isEqualTo(4);
    }

    @Test
    void sharesFreedGlobalSlotsRoundRobinOverHosts() {
        HostLimiter limiter = new HostLimiter(1, 1, Duration.ZERO, timer);
        submit(limiter, "a", "a0");
        submit(limiter, "a", "a1");
        submit(limiter, "b", "b0");

        held.get(0).release();

        assertThat(started).as("b waited less than a's second URL").containsExactly("a0", "b0");
    }

    @Test
    void putsUrgentContinuationsFirst() {
        HostLimiter limiter = new HostLimiter(1, 1, Duration.ZERO, timer);
        submit(limiter, "a", "first");
        submit(limiter, "a", "queued");
        limiter.submit("a", true, permit -> started.add("retry"));

        held.get(0).release();

        assertThat(started).containsExactly("first", "retry");
    }

    @Test
    void releasingTwiceFreesOneSlot() {
        HostLimiter limiter = new HostLimiter(1, 1, Duration.ZERO, timer);
        submit(limiter, "a", "a0");
        held.get(0).release();
        held.get(0).release();

        assertThat(limiter.active()).isZero();
    }

    @Test
    void holdsAPausedHostUntilThePauseEnds() {
        long[] now = {0};
        ScheduledExecutorService manual = Executors.newSingleThreadScheduledExecutor();
        try {
            HostLimiter limiter = new HostLimiter(4, 2, Duration.ZERO, manual, () -> now[0]);
            limiter.pause("a", Duration.ofSeconds(30));

            submit(limiter, "a", "a0");
            submit(limiter, "b", "b0");

            assertThat(started).containsExactly("b0");
        } finally {
            manual.shutdownNow();
        }
    }

    @Test
    void spacesStartsToOneHostByTheMinimumDelay() {
        long[] now = {0};
        HostLimiter limiter = new HostLimiter(4, 2, Duration.ofSeconds(1), timer, () -> now[0]);

        submit(limiter, "a", "a0");
        submit(limiter, "a", "a1");

        assertThat(started).as("a1 waits for min-delay although a slot is free").containsExactly("a0");
    }
}
