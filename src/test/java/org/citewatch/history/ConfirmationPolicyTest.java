package org.citewatch.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.citewatch.check.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfirmationPolicyTest {

    private static final Instant DAY_ZERO = Instant.parse("2026-01-01T02:00:00Z");

    private final ConfirmationPolicy policy = new ConfirmationPolicy(3, Duration.ofDays(3), 5);

    /** Plays checks written as {@code VERDICT@day} through the policy. */
    private LinkState play(String checks) {
        LinkState state = LinkState.NEW;
        List<Verdict> seen = new ArrayList<>();
        for (String check : checks.trim().split("\\s+")) {
            String[] parts = check.split("@");
            Verdict verdict = Verdict.valueOf(parts[0]);
            seen.add(verdict);
            state = policy.next(
                    state, verdict, DAY_ZERO.plus(Duration.ofDays(Long.parseLong(parts[1]))), List.copyOf(seen));
        }
        return state;
    }

    @ParameterizedTest(name = "{0} -> confirmed {1}, failures {2}")
    @CsvSource(delimiter = ';', textBlock = """
            # three failures spanning three days confirm a dead link
            DEAD@0 DEAD@1 DEAD@3;                 true;  3
            # three failures within two days are not enough, whatever their number
            DEAD@0 DEAD@1 DEAD@2;                 false; 3
            DEAD@0 DEAD@0 DEAD@1 DEAD@2;          false; 4
            # two failures over a long time are not enough either
            DEAD@0 DEAD@30;                       false; 2
            # an ALIVE check resets the count
            DEAD@0 DEAD@2 ALIVE@3 DEAD@4;         false; 1
            DEAD@0 DEAD@2 DEAD@4 ALIVE@5;         false; 0
            # UNKNOWN (blocked, time-out, 5xx) neither counts nor resets (documented choice, unlike IABot)
            DEAD@0 UNKNOWN@1 DEAD@2 DEAD@4;       true;  3
            DEAD@0 UNKNOWN@1 UNKNOWN@2 UNKNOWN@3; false; 1
            # SKIPPED is no evidence either way
            DEAD@0 SKIPPED@1 DEAD@2 DEAD@3;       true;  3
            """)
    void confirmsDeadOnlyAfterEnoughFailuresOverEnoughDays(String checks, boolean confirmed, int failures) {
        LinkState state = play(checks);

        assertThat(state.confirmedDead()).as("confirmed after " + checks).isEqualTo(confirmed);
        assertThat(state.consecutiveFailures()).isEqualTo(failures);
    }

    @ParameterizedTest(name = "{0} -> flapping {1}")
    @CsvSource(delimiter = ';', textBlock = """
            # alive, dead, alive again: it flaps
            ALIVE@0 DEAD@1 ALIVE@2;                       true
            DEAD@0 ALIVE@1 DEAD@2;                        true
            # one change is a link that died or came back, not one that flaps
            ALIVE@0 ALIVE@1 DEAD@2 DEAD@3;                false
            DEAD@0 DEAD@1 ALIVE@2;                        false
            # UNKNOWN in between does not count as a change
            ALIVE@0 UNKNOWN@1 ALIVE@2 UNKNOWN@3 DEAD@4;   false
            # only the latest five checks count: an old flip has aged out
            ALIVE@0 DEAD@1 ALIVE@2 ALIVE@3 ALIVE@4 ALIVE@5 ALIVE@6; false
            """)
    void marksLinksThatAlternateBetweenAliveAndDeadAsFlapping(String checks, boolean flapping) {
        assertThat(play(checks).flapping()).as("flapping after " + checks).isEqualTo(flapping);
    }
}
