package org.citewatch.archive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.archive.ArchiveTestSupport.fixture;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CDX, Availability and replay work side by side, each at its own rate, measured at the stub from
 * the times it received the requests (issue 11).
 */
@WireMockTest
class EndpointsSideBySideTest {

    private static final LocalDate ACCESSED = LocalDate.parse("2013-01-01");
    private static final int FOUND_BY_AVAILABILITY = 20;
    private static final int LEFT_TO_CDX = 4;

    @Test
    void replaysGoOnWhileCdxWaitsForItsSlotAndEachEndpointKeepsItsRate(WireMockRuntimeInfo wireMock) {
        // given: 20 URLs the batch answers (each needs a replay) and 4 it leaves empty (each needs CDX)
        ArchiveTestSupport.stubEveryReplayAsARealPage();
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withStatus(200).withBody(fixture("cdx-captures.json"))));
        stubFor(post(urlPathEqualTo("/wayback/available"))
                .withRequestBody(WireMock.containing("closest=before"))
                .willReturn(aResponse().withStatus(200).withBody(batchAnswer(FOUND_BY_AVAILABILITY, LEFT_TO_CDX))));
        stubFor(post(urlPathEqualTo("/wayback/available"))
                .withRequestBody(WireMock.containing("closest=after"))
                .willReturn(aResponse().withStatus(200).withBody(batchAnswer(0, LEFT_TO_CDX))));
        ArchiveAdvisor advisor = ArchiveTestSupport.advisor(
                ArchiveTestSupport.migratedDatabase(),
                ArchiveTestSupport.settings(
                        wireMock.getHttpBaseUrl(),
                        Map.of(
                                "availability-enabled", "true",
                                "rate", "60/min",
                                "replay-rate", "600/min",
                                "availability-rate", "6000/min")),
                Clock.systemUTC());
        List<ArchiveQuery> queries = new ArrayList<>();
        for (int i = 0; i < FOUND_BY_AVAILABILITY + LEFT_TO_CDX; i++) {
            queries.add(new ArchiveQuery(ArchiveLinkValidationTest.citation(url(i), null, null), true, ACCESSED));
        }

        // when
        List<ArchiveFinding> findings = advisor.startSession().examine(queries);

        // then
        assertThat(findings).allSatisfy(f -> assertThat(f.lookup()).isInstanceOf(SnapshotLookup.Found.class));
        List<Long> cdx = times("/cdx/search/cdx");
        List<Long> replays = times("/web/");
        assertThat(cdx).hasSize(LEFT_TO_CDX);
        // the limiter spaces the sends; arrival at the stub jitters by some tens of ms on a busy machine
        assertRate("CDX at 60/min", cdx, 1000);
        assertRate("replays at 600/min", replays, 100);
        long firstCdx = cdx.get(0);
        long lastCdx = cdx.get(cdx.size() - 1);
        assertThat(replays.stream().filter(t -> t > firstCdx && t < lastCdx).count())
                .as("replays are made while CDX waits for its next slot, not after it")
                .isGreaterThanOrEqualTo(10);
    }

    private static String url(int i) {
        return "http://example.com/page/" + i;
    }

    /** The first lines found (each its own capture), the rest empty: the shape of availability-batch.json. */
    private static String batchAnswer(int found, int empty) {
        StringBuilder json = new StringBuilder("{\"results\": [");
        for (int i = 0; i < found + empty; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"url\": \"")
                    .append(url(i))
                    .append("\", \"tag\": \"")
                    .append(i);
            if (i < found) {
                json.append("\", \"archived_snapshots\": {\"closest\": {\"available\": true, \"url\":"
                                + " \"http://web.archive.org/web/20120615093012/")
                        .append(url(i))
                        .append("\", \"timestamp\": \"20120615093012\", \"status\": \"200\"}}}");
            } else {
                json.append("\", \"archived_snapshots\": {}}");
            }
        }
        return json.append("]}").toString();
    }

    private static List<Long> times(String pathPrefix) {
        return WireMock.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(pathPrefix))
                .map(ServeEvent::getRequest)
                .map(r -> r.getLoggedDate().getTime())
                .sorted()
                .toList();
    }

    private static void assertRate(String what, List<Long> times, long intervalMillis) {
        long span = times.get(times.size() - 1) - times.get(0);
        assertThat(span)
                .as(what + ": on average at least the interval apart")
                .isGreaterThanOrEqualTo((times.size() - 1) * intervalMillis * 95 / 100);
        // a sliding window of ten intervals never holds more than ten requests plus two of arrival jitter
        for (int i = 0; i < times.size(); i++) {
            long start = times.get(i);
            long inWindow = times.stream()
                    .filter(t -> t >= start && t < start + 10 * intervalMillis)
                    .count();
            assertThat(inWindow).as(what + ": requests within ten intervals").isLessThanOrEqualTo(12);
        }
    }

    private static List<Long> gaps(List<Long> times) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(times.get(i) - times.get(i - 1));
        }
        return gaps;
    }
}
