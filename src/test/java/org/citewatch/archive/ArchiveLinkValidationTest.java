package org.citewatch.archive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getAllServeEvents;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.archive.ArchiveTestSupport.fixture;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.citewatch.extract.Citation;
import org.citewatch.extract.CitationDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@WireMockTest
class ArchiveLinkValidationTest {

    static final String CITED = "http://example.com/news/story.html";
    static final String ARCHIVE = "https://web.archive.org/web/20120615093012/http://example.com/news/story.html";
    static final String REPLAY = "/web/20120615093012id_/http://example.com/news/story.html";

    /** The table test writes nothing, so its rows share one database (migrating one takes a while). */
    private static DataSource sharedDatabase;

    private String base;
    private DataSource database;
    private final ArchiveTestSupport.MovableClock clock =
            new ArchiveTestSupport.MovableClock(Instant.parse("2026-11-01T00:00:00Z"));

    @BeforeEach
    void setUp(WireMockRuntimeInfo wireMock) {
        base = wireMock.getHttpBaseUrl();
    }

    @BeforeAll
    static void migrateSharedDatabase() {
        sharedDatabase = ArchiveTestSupport.migratedDatabase();
    }

    /** An advisor on this test's own database, so that remembered replays do not leak between tests. */
    private ArchiveAdvisor advisor(Map<String, String> overrides) {
        if (database == null) {
            database = ArchiveTestSupport.migratedDatabase();
        }
        return ArchiveTestSupport.advisor(database, ArchiveTestSupport.settings(base, overrides), clock);
    }

    static Citation citation(String url, String archiveUrl, String archiveDate) {
        CitationDate date = archiveDate == null
                ? null
                : new CitationDate(archiveDate, LocalDate.parse(archiveDate), CitationDate.Precision.DAY);
        return new Citation(
                "Example page",
                12,
                3,
                url,
                url,
                "cite web",
                "url",
                "Story",
                archiveUrl,
                date,
                null,
                true,
                "dead",
                null,
                null,
                1,
                null,
                null);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # a good link, also when scheme, www., port, slash or fragment differ from the cited URL
            https://web.archive.org/web/20120615093012/http://example.com/news/story.html    | VALID | none
            https://web.archive.org/web/20120615093012/https://www.example.com:443/news/story.html/ | VALID | none
            # archive.today (every domain) is deprecated; WebCite is gone
            https://archive.ph/x2vQs                                                          | DEPRECATED_ARCHIVE | none
            http://archive.is/20120615093012/http://example.com/news/story.html               | DEPRECATED_ARCHIVE | none
            http://www.webcitation.org/5kmcvKpXd                                              | DEAD_ARCHIVE_SERVICE | none
            # no timestamp: calendars, listings, the TimeGate
            https://web.archive.org/web/*/http://example.com/news/story.html                  | MISSING_TIMESTAMP | none
            https://web.archive.org/web/http://example.com/news/story.html                    | MISSING_TIMESTAMP | none
            # before the Wayback Machine's first crawls, or in the future
            https://web.archive.org/web/19950101000000/http://example.com/news/story.html     | DATE_OUT_OF_RANGE | none
            https://web.archive.org/web/20990101000000/http://example.com/news/story.html     | DATE_OUT_OF_RANGE | none
            # the archive is of another page
            https://web.archive.org/web/20120615093012/http://example.com/news/other.html     | ORIGINAL_MISMATCH | none
            https://web.archive.org/web/20120615093012/http://example.org/news/story.html     | ORIGINAL_MISMATCH | none
            https://web.archive.org/web/20120615093012/                                       | ORIGINAL_MISMATCH | none
            # archive-date more than a day away from the timestamp; a day is tolerated (time zones)
            https://web.archive.org/web/20120615093012/http://example.com/news/story.html     | DATE_MISMATCH | 2012-06-20
            https://web.archive.org/web/20120615093012/http://example.com/news/story.html     | VALID | 2012-06-16
            # other archives are judged on what their URLs say; ids carry no timestamp to miss
            https://wayback.archive-it.org/1234/20120615093012/http://example.com/news/story.html | VALID | 2012-06-15
            https://perma.cc/ABCD-1234                                                        | VALID | none
            # not an archive
            https://example.net/copy-of-story.html                                            | UNRECOGNISED | none
            """)
    void judgesArchiveLinksOnWhatTheirUrlsSay(String archiveUrl, ArchiveStatus expected, String archiveDate) {
        ArchiveAdvisor advisor = ArchiveTestSupport.advisor(
                sharedDatabase, ArchiveTestSupport.settings(base, Map.of("check-replays", "false")), clock);

        assertThat(advisor.validate(citation(CITED, archiveUrl, archiveDate))).isEqualTo(expected);
        assertThat(getAllServeEvents()).as("judged without asking the archive").isEmpty();
    }

    @Test
    void returnsNullWithoutAnArchiveUrl() {
        assertThat(advisor(Map.of()).validate(citation(CITED, null, null))).isNull();
    }

    @Test
    void acceptsAReplayThatShowsTheRealPageAndRemembersIt() {
        stubFor(get(urlEqualTo(REPLAY)).willReturn(aResponse().withStatus(200).withBody(fixture("replay-page.html"))));

        ArchiveStatus first = advisor(Map.of()).validate(citation(CITED, ARCHIVE, "2012-06-15"));
        resetAllRequests();
        ArchiveStatus secondRun = advisor(Map.of()).validate(citation(CITED, ARCHIVE, "2012-06-15"));

        assertThat(first).isEqualTo(ArchiveStatus.VALID);
        assertThat(secondRun).isEqualTo(ArchiveStatus.VALID);
        assertThat(getAllServeEvents()).as("a capture is replayed once").isEmpty();
    }

    @Test
    void followsTheArchivesRedirectFromAnInexactTimestampToTheSameUrl() {
        String shortLink = "https://web.archive.org/web/2012/http://example.com/news/story.html";
        stubFor(get(urlEqualTo("/web/20120000000000id_/http://example.com/news/story.html"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", base + REPLAY)));
        stubFor(get(urlEqualTo(REPLAY)).willReturn(aResponse().withStatus(200).withBody(fixture("replay-page.html"))));

        assertThat(advisor(Map.of()).validate(citation(CITED, shortLink, null))).isEqualTo(ArchiveStatus.VALID);
    }

    @Test
    void reportsACaptureOfARedirectToAnotherPageAsBad() {
        stubFor(get(urlEqualTo(REPLAY))
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader("Location", base + "/web/20120615093013id_/http://example.com/")));

        assertThat(advisor(Map.of()).validate(citation(CITED, ARCHIVE, null))).isEqualTo(ArchiveStatus.BAD_CAPTURE);
    }

    @Test
    void reportsACaptureOfAnErrorPageAsBad() {
        stubFor(get(urlEqualTo(REPLAY))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody(fixture("replay-error-page.html"))));

        assertThat(advisor(Map.of()).validate(citation(CITED, ARCHIVE, null))).isEqualTo(ArchiveStatus.BAD_CAPTURE);
    }

    @Test
    void reportsAnArchiveErrorAsBad() {
        stubFor(
                get(urlEqualTo(REPLAY))
                        .willReturn(
                                aResponse()
                                        .withStatus(403)
                                        .withHeader(
                                                "X-Archive-Wayback-Runtime-Error",
                                                "org.archive.wayback.accesscontrol.robotstxt.RobotAccessControlException: Blocked By Robots")));

        assertThat(advisor(Map.of()).validate(citation(CITED, ARCHIVE, null))).isEqualTo(ArchiveStatus.BAD_CAPTURE);
    }

    @Test
    void reportsAnUnreachableArchiveAsTransientAndAsksAgainLater() {
        stubFor(get(urlEqualTo(REPLAY)).willReturn(aResponse().withStatus(503)));

        ArchiveStatus first = advisor(Map.of()).validate(citation(CITED, ARCHIVE, null));
        ArchiveStatus second = advisor(Map.of()).validate(citation(CITED, ARCHIVE, null));

        assertThat(first).isEqualTo(ArchiveStatus.UNREACHABLE_ARCHIVE);
        assertThat(second).isEqualTo(ArchiveStatus.UNREACHABLE_ARCHIVE);
        verify(2, getRequestedFor(urlEqualTo(REPLAY)));
    }
}
