package org.citewatch.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.citewatch.check.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecheckPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");

    private final RecheckPolicy policy = new RecheckPolicy(Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(1));

    @ParameterizedTest(name = "{0} checked {1} ago -> due {2}")
    @CsvSource(textBlock = """
            # never checked: always due
            ,        ,        true
            # ALIVE links wait seven days
            ALIVE,   PT1H,    false
            ALIVE,   P6D,     false
            ALIVE,   P7D,     true
            # DEAD and UNKNOWN links are checked again after a day
            DEAD,    PT20H,   false
            DEAD,    P1D,     true
            UNKNOWN, P2D,     true
            UNKNOWN, PT2H,    false
            # the nightly run of the next day: checked a minute into yesterday's run, still due
            DEAD,    PT23H59M, true
            ALIVE,   PT167H59M, true
            """)
    void decidesWhenALinkIsDue(Verdict verdict, Duration ago, boolean due) {
        Instant lastChecked = ago == null ? null : NOW.minus(ago);

        assertThat(policy.isDue(verdict, lastChecked, NOW)).isEqualTo(due);
    }
}
