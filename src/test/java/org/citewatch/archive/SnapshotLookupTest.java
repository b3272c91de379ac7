package org.citewatch.archive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getAllServeEvents;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.archive.ArchiveTestSupport.fixture;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snapshot lookups against a stubbed Wayback Machine (CDX and replay) and a real H2 cache. */
@WireMockTest
class SnapshotLookupTest {

    static final String URL = "http://example.com/news/story.html";

    private String base;
    private DataSource database;
    private final ArchiveTestSupport.MovableClock clock =
            new ArchiveTestSupport.MovableClock(Instant.parse("2026-11-01T00:00:00Z"));

    @BeforeEach
    void setUp(WireMockRuntimeInfo wireMock) {
        base = wireMock.getHttpBaseUrl();
        database = ArchiveTestSupport.migratedDatabase();
        ArchiveTestSupport.stubEveryReplayAsARealPage();
    }

    private ArchiveAdvisor advisor(Map<String, String> overrides) {
        return ArchiveTestSupport.advisor(database, ArchiveTestSupport.settings(base, overrides), clock);
    }

    private static void cdxAnswers(String url, String fixtureName) {
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .withQueryParam("url", equalTo(url))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture(fixtureName))));
    }

    private static Snapshot found(SnapshotLookup lookup) {
        assertThat(lookup).isInstanceOf(SnapshotLookup.Found.class);
        return ((SnapshotLookup.Found) lookup).snapshot();
    }

    @Test
    void picksTheClosestCaptureBeforeEachAccessDateFromOneCdxQuery() {
        cdxAnswers(URL, "cdx-captures.json");
        ArchiveAdvisor advisor = advisor(Map.of());

        Snapshot for2013 = found(advisor.findSnapshot(URL, LocalDate.parse("2013-01-01")));
        Snapshot for2009 = found(advisor.findSnapshot(URL, LocalDate.parse("2009-06-01")));

        assertThat(for2013.url()).isEqualTo(base + "/web/20120615093012/http://example.com/news/story.html");
        assertThat(for2013.timestamp()).isEqualTo(Instant.parse("2012-06-15T09:30:12Z"));
        assertThat(for2013.source()).isEqualTo(SnapshotSource.WAYBACK_CDX);
        assertThat(for2013.distanceDays())
                .as("before the access date: negative")
                .isEqualTo(-200L);
        assertThat(for2009.url())
                .as("nothing before 2009-06-01, so the closest after, with the :80 of the index dropped")
                .isEqualTo(base + "/web/20100301120000/http://example.com/news/story.html");
        assertThat(for2009.distanceDays()).isEqualTo(273L);
        verify(1, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
    }

    @Test
    void asksCdxForAllTwoHundredCapturesAsJson() {
        cdxAnswers(URL, "cdx-captures.json");

        advisor(Map.of()).findSnapshot(URL, LocalDate.parse("2013-01-01"));

        verify(getRequestedFor(urlPathEqualTo("/cdx/search/cdx"))
                .withQueryParam("output", equalTo("json"))
                .withQueryParam("fl", equalTo("timestamp,original,statuscode,mimetype,digest"))
                .withQueryParam("filter", equalTo("statuscode:200")));
    }

    @Test
    void neverOffersASnapshotTheArchiveRedirectsElsewhere() {
        cdxAnswers(URL, "cdx-captures.json");
        stubFor(get(urlEqualTo("/web/20120615093012id_/http://example.com/news/story.html"))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Location", base + "/web/20100301120000id_/http://example.com/news/story.html")));

        Snapshot snapshot = found(advisor(Map.of()).findSnapshot(URL, LocalDate.parse("2013-01-01")));

        assertThat(snapshot.timestamp())
                .as("listed is not playable: the redirected capture is skipped for the next one back")
                .isEqualTo(Instant.parse("2010-03-01T12:00:00Z"));
    }

    @Test
    void neverOffersACaptureOfAnErrorPage() {
        cdxAnswers(URL, "cdx-captures.json");
        stubFor(get(urlEqualTo("/web/20120615093012id_/http://example.com/news/story.html"))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody(fixture("replay-error-page.html"))));
        stubFor(get(urlEqualTo("/web/20100301120000id_/http://example.com/news/story.html"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("x-ts", "404")));

        Snapshot snapshot = found(advisor(Map.of()).findSnapshot(URL, LocalDate.parse("2013-01-01")));

        assertThat(snapshot.timestamp())
                .as("both captures before the date are bad, so the closest after")
                .isEqualTo(Instant.parse("2015-01-10T17:45:01Z"));
    }

    @Test
    void aSecondRunAsksTheArchiveNothingAboutKnownUrls() {
        cdxAnswers(URL, "cdx-captures.json");
        cdxAnswers("http://example.com/never", "cdx-empty.json");
        ArchiveAdvisor firstRun = advisor(Map.of());
        Snapshot first = found(firstRun.findSnapshot(URL, LocalDate.parse("2013-01-01")));
        firstRun.findSnapshot(URL, LocalDate.parse("2009-06-01"));
        firstRun.findSnapshot("http://example.com/never", LocalDate.parse("2013-01-01"));
        resetAllRequests();

        ArchiveAdvisor secondRun = advisor(Map.of());
        Snapshot again = found(secondRun.findSnapshot(URL, LocalDate.parse("2013-01-01")));
        SnapshotLookup stillNone = secondRun.findSnapshot("http://example.com/never", LocalDate.parse("2013-01-01"));
        found(secondRun.findSnapshot(URL, LocalDate.parse("2009-06-01")));

        assertThat(again).isEqualTo(first);
        assertThat(stillNone).isInstanceOf(SnapshotLookup.NotArchived.class);
        assertThat(getAllServeEvents()).as("requests of the second run").isEmpty();
    }

    @Test
    void aNewTargetDateOfAKnownUrlUsesTheCachedCaptures() {
        cdxAnswers(URL, "cdx-captures.json");
        advisor(Map.of()).findSnapshot(URL, LocalDate.parse("2013-01-01"));

        found(advisor(Map.of()).findSnapshot(URL, LocalDate.parse("2016-01-01")));

        verify(1, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
    }

    @Test
    void notArchivedIsAskedAgainOnlyAfterTheNegativeCacheTime() {
        cdxAnswers(URL, "cdx-empty.json");
        ArchiveAdvisor advisor = advisor(Map.of("negative-cache-ttl", "24h"));

        assertThat(advisor.findSnapshot(URL, LocalDate.parse("2013-01-01")))
                .isInstanceOf(SnapshotLookup.NotArchived.class);
        clock.advance(Duration.ofHours(23));
        assertThat(advisor.findSnapshot(URL, LocalDate.parse("2013-01-01")))
                .isInstanceOf(SnapshotLookup.NotArchived.class);
        verify(1, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));

        clock.advance(Duration.ofHours(2));
        advisor.findSnapshot(URL, LocalDate.parse("2013-01-01"));

        verify(2, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
    }

    @Test
    void aHeaderOnlyCdxAnswerMeansNotArchived() {
        cdxAnswers(URL, "cdx-header-only.json");

        assertThat(advisor(Map.of()).findSnapshot(URL, null)).isInstanceOf(SnapshotLookup.NotArchived.class);
    }

    @Test
    void aBodyThatIsNotJsonIsNoAnswerAndIsNotCached() {
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withStatus(200).withBody(fixture("cdx-not-json.txt"))));
        ArchiveAdvisor advisor = advisor(Map.of());

        SnapshotLookup lookup = advisor.findSnapshot(URL, null);
        advisor.findSnapshot(URL, null);

        assertThat(lookup).isEqualTo(new SnapshotLookup.Unavailable("CDX answer is not JSON", false));
        verify(2, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
    }

    @Test
    void aServerErrorIsUnavailableWithoutHalting() {
        stubFor(get(urlPathEqualTo("/cdx/search/cdx")).willReturn(aResponse().withStatus(503)));

        assertThat(advisor(Map.of()).findSnapshot(URL, null))
                .isEqualTo(new SnapshotLookup.Unavailable("CDX answered HTTP 503", false));
    }

    @Test
    void aBlockedSiteCountsAsNotArchived() {
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "text/plain")
                        .withHeader(
                                "X-Archive-Wayback-Runtime-Error",
                                "org.archive.wayback.exception.AdministrativeAccessControlException: Blocked Site Error")
                        .withBody("Blocked Site Error")));

        assertThat(advisor(Map.of()).findSnapshot(URL, null)).isInstanceOf(SnapshotLookup.NotArchived.class);
    }

    @Test
    void sendsTheDescriptiveUserAgentOnEveryArchiveRequest() {
        cdxAnswers(URL, "cdx-captures.json");

        advisor(Map.of()).findSnapshot(URL, LocalDate.parse("2013-01-01"));

        assertThat(getAllServeEvents())
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.getRequest().getHeader("User-Agent"))
                        .isEqualTo("citewatch-test/1.0 (+https://example.org/citewatch; ops@example.org)"));
        verify(0, anyRequestedFor(anyUrl()).withHeader("User-Agent", equalTo("okhttp/5.5.1")));
    }

    @Test
    void refusesToLookUpWhatIsNotAnHttpUrl() {
        assertThat(advisor(Map.of()).findSnapshot("ftp://example.com/file", null))
                .isInstanceOf(SnapshotLookup.Unavailable.class);
        assertThat(getAllServeEvents()).isEmpty();
    }
}
