package org.citewatch.archive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getAllServeEvents;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.archive.ArchiveTestSupport.fixture;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rate limits and 429 handling, measured at the stub. */
@WireMockTest
class ArchivePolitenessTest {

    private String base;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wireMock) {
        base = wireMock.getHttpBaseUrl();
        ArchiveTestSupport.stubEveryReplayAsARealPage();
    }

    private ArchiveAdvisor advisor(Map<String, String> overrides) {
        return ArchiveTestSupport.advisor(
                ArchiveTestSupport.migratedDatabase(), ArchiveTestSupport.settings(base, overrides), Clock.systemUTC());
    }

    @Test
    void keepsCdxRequestsUnderTheConfiguredRateAcrossThreads() throws Exception {
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        // 120/min: one request every 500 ms, shared by both threads
        ArchiveAdvisor advisor = advisor(Map.of("rate", "120/min"));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<SnapshotLookup>> lookups = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String url = "http://example.com/page" + i;
            lookups.add(threads.submit(() -> advisor.findSnapshot(url, null)));
        }
        for (Future<SnapshotLookup> lookup : lookups) {
            assertThat(lookup.get()).isInstanceOf(SnapshotLookup.NotArchived.class);
        }
        threads.shutdown();

        List<Long> arrivals = getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> r.getUrl().startsWith("/cdx/"))
                .map(r -> r.getLoggedDate().getTime())
                .sorted()
                .toList();
        assertThat(arrivals).hasSize(5);
        // Measured over the whole burst rather than gap by gap: a loaded machine may deliver one
        // request late and the next on time, but it cannot make the limiter send faster on average.
        // Without the limiter the five requests arrive within a few milliseconds.
        double perSecond = (arrivals.size() - 1) * 1000.0 / (arrivals.get(arrivals.size() - 1) - arrivals.get(0));
        assertThat(perSecond)
                .as("requests per second at the stub (limit 2/s, some allowance for delivery jitter)")
                .isLessThanOrEqualTo(2.4);
    }

    @Test
    void pausesAfterA429WithRetryAfterAndThenAsksAgain() {
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .inScenario("rate limited")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
                .willSetStateTo("calm"));
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .inScenario("rate limited")
                .whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(200).withBody(fixture("cdx-captures.json"))));

        SnapshotLookup lookup =
                advisor(Map.of()).findSnapshot("http://example.com/news/story.html", LocalDate.parse("2013-01-01"));

        assertThat(lookup).isInstanceOf(SnapshotLookup.Found.class);
        verify(2, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
    }

    @Test
    void haltsTheArchiveLookupsWhen429sPersist() {
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
        // pause 20 ms after each 429, give up once they have lasted 100 ms
        ArchiveAdvisor advisor = advisor(Map.of("pause-on-429", "20ms", "max-429-pause", "100ms"));

        SnapshotLookup first = advisor.findSnapshot("http://example.com/a", null);
        int asked = getAllServeEvents().size();
        SnapshotLookup next = advisor.findSnapshot("http://example.com/b", null);

        assertThat(first).isInstanceOf(SnapshotLookup.Unavailable.class);
        assertThat(((SnapshotLookup.Unavailable) first).halt())
                .as("the job must stop the archive step")
                .isTrue();
        assertThat(asked).as("it paused and asked again before giving up").isGreaterThan(1);
        assertThat(next).isInstanceOf(SnapshotLookup.Unavailable.class);
        assertThat(((SnapshotLookup.Unavailable) next).halt()).isTrue();
        assertThat(getAllServeEvents()).as("no request after halting").hasSize(asked);
    }

    @Test
    void aRetryAfterLongerThanThe429LimitHaltsAtOnce() {
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        SnapshotLookup lookup = advisor(Map.of()).findSnapshot("http://example.com/a", null);

        assertThat(lookup).isInstanceOf(SnapshotLookup.Unavailable.class);
        assertThat(((SnapshotLookup.Unavailable) lookup).halt()).isTrue();
        verify(1, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
    }

    @Test
    void givesUpAnArchiveThatDoesNotAnswerInsteadOfAskingForEveryLink() {
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        ArchiveAdvisor advisor = advisor(Map.of("rate", "600/min"));

        List<SnapshotLookup> lookups = new ArrayList<>();
        for (int i = 0; i < EndpointLimiter.MAX_FAILURES_IN_A_ROW; i++) {
            lookups.add(advisor.findSnapshot("http://example.com/page" + i, null));
        }
        int asked = getAllServeEvents().size();
        SnapshotLookup afterwards = advisor.findSnapshot("http://example.com/later", null);

        assertThat(lookups).allMatch(SnapshotLookup.Unavailable.class::isInstance);
        assertThat(((SnapshotLookup.Unavailable) lookups.get(0)).halt())
                .as("one failure is a passing fault")
                .isFalse();
        assertThat(((SnapshotLookup.Unavailable) lookups.get(lookups.size() - 1)).halt())
                .as("the job must stop the archive step")
                .isTrue();
        assertThat(afterwards).isInstanceOf(SnapshotLookup.Unavailable.class);
        assertThat(getAllServeEvents()).as("no request after giving up").hasSize(asked);
    }
}
