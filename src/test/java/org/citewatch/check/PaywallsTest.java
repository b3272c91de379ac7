package org.citewatch.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10, item 6: which results the paywall rule turns into SUBSCRIPTION. */
class PaywallsTest {

    private final Paywalls paywalls = Paywalls.from(CheckProperties.defaults());

    @ParameterizedTest(name = "HTTP {0} {1} {2}, paywalled host {3} -> {4} {5}")
    @CsvSource({
        // the statuses IABot counts as a paywall, on a host that citations mark
        "401, UNKNOWN, BLOCKED, true, ALIVE, SUBSCRIPTION",
        "402, DEAD, HTTP_4XX, true, ALIVE, SUBSCRIPTION",
        "403, UNKNOWN, BLOCKED, true, ALIVE, SUBSCRIPTION",
        "412, DEAD, HTTP_4XX, true, ALIVE, SUBSCRIPTION",
        "428, DEAD, HTTP_4XX, true, ALIVE, SUBSCRIPTION",
        "440, DEAD, HTTP_4XX, true, ALIVE, SUBSCRIPTION",
        "449, DEAD, HTTP_4XX, true, ALIVE, SUBSCRIPTION",
        // a paywalled page that is gone is still gone; a server error is still unknown
        "404, DEAD, HTTP_404, true, DEAD, HTTP_404",
        "410, DEAD, HTTP_410, true, DEAD, HTTP_410",
        "503, UNKNOWN, HTTP_5XX, true, UNKNOWN, HTTP_5XX",
        "429, UNKNOWN, RATE_LIMITED, true, UNKNOWN, RATE_LIMITED",
        // an open page stays as it is
        "200, ALIVE, OK, true, ALIVE, OK",
        // without a marker nothing changes
        "403, UNKNOWN, BLOCKED, false, UNKNOWN, BLOCKED",
        "402, DEAD, HTTP_4XX, false, DEAD, HTTP_4XX",
    })
    void turnsPaywallAnswersOfMarkedHostsIntoSubscription(
            int status, Verdict verdict, Reason reason, boolean paywalled, Verdict expectedVerdict, Reason expected) {
        CheckResult result = new CheckResult(
                "https://news.example/story",
                verdict,
                reason,
                status,
                "https://news.example/story",
                List.of(),
                "text/html",
                Duration.ofMillis(5),
                0,
                1,
                null,
                false,
                Instant.parse("2026-12-01T00:00:00Z"));

        CheckResult judged = paywalls.judge(result, paywalled);

        assertThat(judged.verdict()).isEqualTo(expectedVerdict);
        assertThat(judged.reason()).isEqualTo(expected);
        assertThat(judged.httpStatus()).isEqualTo(status);
    }
}
