package org.citewatch.archive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.archive.ArchiveTestSupport.fixture;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The optional Availability GET of a single lookup and the optional Memento fallback (the batched POST: AvailabilityBatchTest). */
@WireMockTest
class FirstPassAndFallbackTest {

    static final String URL = "http://example.com/news/story.html";
    static final LocalDate ACCESSED = LocalDate.parse("2013-01-01");

    private String base;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wireMock) {
        base = wireMock.getHttpBaseUrl();
        ArchiveTestSupport.stubEveryReplayAsARealPage();
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .withQueryParam("url", equalTo(URL))
                .willReturn(aResponse().withStatus(200).withBody(fixture("cdx-captures.json"))));
    }

    private ArchiveAdvisor advisor(Map<String, String> overrides) {
        return ArchiveTestSupport.advisor(
                ArchiveTestSupport.migratedDatabase(), ArchiveTestSupport.settings(base, overrides), Clock.systemUTC());
    }

    private static void availabilityAnswers(String fixtureName) {
        stubFor(get(urlPathEqualTo("/wayback/available"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture(fixtureName))));
    }

    @Test
    void offersTheAvailabilityApisCaptureWithoutAskingCdx() {
        availabilityAnswers("availability-found.json");

        SnapshotLookup lookup = advisor(Map.of("availability-enabled", "true")).findSnapshot(URL, ACCESSED);

        Snapshot snapshot = ((SnapshotLookup.Found) lookup).snapshot();
        assertThat(snapshot.source()).isEqualTo(SnapshotSource.WAYBACK_AVAILABLE);
        assertThat(snapshot.url()).isEqualTo(base + "/web/20120615093012/http://example.com/news/story.html");
        verify(getRequestedFor(urlPathEqualTo("/wayback/available"))
                .withQueryParam("url", equalTo(URL))
                .withQueryParam("timestamp", equalTo("20130101235959")));
        verify(0, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
    }

    @Test
    void treatsAnEmptyAvailabilityAnswerAsUnknownAndAsksCdx() {
        availabilityAnswers("availability-empty.json");

        SnapshotLookup lookup = advisor(Map.of("availability-enabled", "true")).findSnapshot(URL, ACCESSED);

        assertThat(((SnapshotLookup.Found) lookup).snapshot().source())
                .as("empty means unknown, never not archived")
                .isEqualTo(SnapshotSource.WAYBACK_CDX);
        verify(1, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
    }

    @Test
    void treatsAClosestCaptureOfARedirectAsUnusable() {
        availabilityAnswers("availability-redirect-capture.json");

        SnapshotLookup lookup = advisor(Map.of("availability-enabled", "true")).findSnapshot(URL, ACCESSED);

        assertThat(((SnapshotLookup.Found) lookup).snapshot().source()).isEqualTo(SnapshotSource.WAYBACK_CDX);
    }

    @Test
    void findsOtherArchivesThroughMemGatorButNeverSuggestsArchiveToday() {
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .withQueryParam("url", equalTo("http://example.org/gone"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        stubFor(get(urlPathEqualTo("/api/json/20130101235959/http://example.org/gone"))
                .willReturn(aResponse().withStatus(200).withBody(fixture("memgator-found.json"))));

        SnapshotLookup lookup =
                advisor(Map.of("memento-enabled", "true")).findSnapshot("http://example.org/gone", ACCESSED);

        Snapshot snapshot = ((SnapshotLookup.Found) lookup).snapshot();
        assertThat(snapshot.url())
                .as("the closest memento is on archive.today, so the one before it on arquivo.pt")
                .isEqualTo("https://arquivo.pt/wayback/20110304050607/http://example.org/gone");
        assertThat(snapshot.source()).isEqualTo(SnapshotSource.MEMENTO);
        assertThat(snapshot.timestamp()).isEqualTo(Instant.parse("2011-03-04T05:06:07Z"));
    }

    @Test
    void asksNeitherAvailabilityNorMementoByDefault() {
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .withQueryParam("url", equalTo("http://example.org/gone"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        SnapshotLookup lookup = advisor(Map.of()).findSnapshot("http://example.org/gone", ACCESSED);

        assertThat(lookup).isInstanceOf(SnapshotLookup.NotArchived.class);
        verify(0, getRequestedFor(urlPathEqualTo("/wayback/available")));
        verify(0, getRequestedFor(urlPathMatching("/api/json/.*")));
    }
}
