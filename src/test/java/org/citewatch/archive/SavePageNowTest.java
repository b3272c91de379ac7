package org.citewatch.archive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getAllServeEvents;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.archive.ArchiveTestSupport.fixture;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class SavePageNowTest {

    static final String FRESH = "http://example.org/fresh";

    private String base;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wireMock) {
        base = wireMock.getHttpBaseUrl();
        ArchiveTestSupport.stubEveryReplayAsARealPage();
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .withQueryParam("url", equalTo(FRESH))
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        stubFor(get(urlEqualTo("/save/" + FRESH))
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Content-Location", "/web/20261101093000/http://example.org/fresh")
                        .withHeader(
                                "Location", "https://web.archive.org/web/20261101093000/http://example.org/fresh")));
    }

    private ArchiveAdvisor advisor(Map<String, String> overrides) {
        return ArchiveTestSupport.advisor(
                ArchiveTestSupport.migratedDatabase(), ArchiveTestSupport.settings(base, overrides), Clock.systemUTC());
    }

    @Test
    void savesAnAliveLinkThatHasNoCapture() {
        SnapshotLookup lookup = advisor(Map.of("save-enabled", "true")).archiveLive(FRESH);

        Snapshot snapshot = ((SnapshotLookup.Found) lookup).snapshot();
        assertThat(snapshot.source()).isEqualTo(SnapshotSource.SAVE_PAGE_NOW);
        assertThat(snapshot.url()).isEqualTo(base + "/web/20261101093000/http://example.org/fresh");
        assertThat(snapshot.timestamp()).isEqualTo(Instant.parse("2026-11-01T09:30:00Z"));
    }

    @Test
    void leavesAnAliveLinkWithACaptureAlone() {
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .withQueryParam("url", equalTo("http://example.com/news/story.html"))
                .willReturn(aResponse().withStatus(200).withBody(fixture("cdx-captures.json"))));

        SnapshotLookup lookup =
                advisor(Map.of("save-enabled", "true")).archiveLive("http://example.com/news/story.html");

        assertThat(((SnapshotLookup.Found) lookup).snapshot().timestamp())
                .as("the newest existing capture")
                .isEqualTo(Instant.parse("2015-01-10T17:45:01Z"));
        verify(0, getRequestedFor(urlPathMatching("/save/.*")));
    }

    @Test
    void savesNothingByDefault() {
        SnapshotLookup lookup = advisor(Map.of()).archiveLive(FRESH);

        assertThat(lookup).isInstanceOf(SnapshotLookup.Unavailable.class);
        assertThat(getAllServeEvents()).isEmpty();
    }
}
