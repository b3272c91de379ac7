package org.citewatch.archive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.archive.ArchiveTestSupport.fixture;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An archive step's session: batched Availability first, CDX where it is silent, the budget (issue 11). */
@WireMockTest
class ArchiveSessionTest {

    static final String URL = "http://example.com/news/story.html";
    static final String OTHER = "http://example.org/other";
    static final LocalDate ACCESSED = LocalDate.parse("2013-01-01");
    static final String CITED = "https://web.archive.org/web/20120615093012/http://example.com/news/story.html";

    private String base;
    private DataSource database;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wireMock) {
        base = wireMock.getHttpBaseUrl();
        database = ArchiveTestSupport.migratedDatabase();
        ArchiveTestSupport.stubEveryReplayAsARealPage();
        stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withStatus(200).withBody(fixture("cdx-captures.json"))));
    }

    private ArchiveAdvisor advisor(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(Map.of("availability-enabled", "true"));
        settings.putAll(overrides);
        return ArchiveTestSupport.advisor(database, ArchiveTestSupport.settings(base, settings), Clock.systemUTC());
    }

    private static void availabilityAnswers(String fixtureName) {
        stubFor(post(urlPathEqualTo("/wayback/available"))
                .willReturn(aResponse().withStatus(200).withBody(fixture(fixtureName))));
    }

    private static ArchiveQuery deadLink(String url) {
        return new ArchiveQuery(ArchiveLinkValidationTest.citation(url, null, null), true, ACCESSED);
    }

    private static ArchiveQuery deadLinkCiting(String archiveUrl, String archiveDate) {
        return new ArchiveQuery(ArchiveLinkValidationTest.citation(URL, archiveUrl, archiveDate), true, ACCESSED);
    }

    private static Snapshot found(ArchiveFinding finding) {
        assertThat(finding.lookup()).isInstanceOf(SnapshotLookup.Found.class);
        return ((SnapshotLookup.Found) finding.lookup()).snapshot();
    }

    @Test
    void offersTheBatchedAnswerWithoutAskingCdx() {
        availabilityAnswers("availability-batch.json");

        ArchiveSession session = advisor(Map.of()).startSession();
        List<ArchiveFinding> findings = session.examine(List.of(deadLink(URL)));

        assertThat(found(findings.get(0)).source()).isEqualTo(SnapshotSource.WAYBACK_AVAILABLE);
        assertThat(found(findings.get(0)).url()).endsWith("/web/20120615093012/http://example.com/news/story.html");
        verify(0, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
        assertThat(session.usage().of("availability").requests()).isEqualTo(1);
        assertThat(session.usage().of("replay").requests())
                .as("the capture is replayed before it is offered")
                .isEqualTo(1);
    }

    @Test
    void asksAfterTheTargetAndThenCdxWhenTheBatchAnswersEmpty() {
        availabilityAnswers("availability-round-empty.json");

        ArchiveSession session = advisor(Map.of()).startSession();
        List<ArchiveFinding> findings = session.examine(List.of(deadLink(URL)));

        assertThat(found(findings.get(0)).source())
                .as("empty means unknown, never not archived: CDX answers")
                .isEqualTo(SnapshotSource.WAYBACK_CDX);
        List<String> bodies = com.github.tomakehurst.wiremock.client.WireMock.findAll(
                        postRequestedFor(urlPathEqualTo("/wayback/available")))
                .stream()
                .map(r -> r.getBodyAsString())
                .toList();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0)).contains("closest=before");
        assertThat(bodies.get(1)).contains("closest=after");
        verify(1, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
    }

    @Test
    void takesACitationsOwnValidArchiveWithoutALookupOrAReplay() {
        availabilityAnswers("availability-round-exact.json");

        ArchiveSession session = advisor(Map.of()).startSession();
        ArchiveFinding finding =
                session.examine(List.of(deadLinkCiting(CITED, "2012-06-15"))).get(0);

        assertThat(finding.archiveStatus()).isEqualTo(ArchiveStatus.VALID);
        assertThat(found(finding).source()).isEqualTo(SnapshotSource.CITATION);
        assertThat(found(finding).url()).isEqualTo(CITED);
        verify(0, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
        verify(0, getRequestedFor(urlPathMatching("/web/.*")));
        assertThat(com.github.tomakehurst.wiremock.client.WireMock.findAll(
                                postRequestedFor(urlPathEqualTo("/wayback/available")))
                        .get(0)
                        .getBodyAsString())
                .as("one exact-timestamp line checks the cited capture")
                .contains("timestamp=20120615093012&statuscodes=200");
    }

    @Test
    void validatesACitedCaptureFromCdxRowsAlreadyFetchedWithoutAReplay() {
        ArchiveAdvisor advisor = advisor(Map.of("availability-enabled", "false"));
        advisor.startSession().examine(List.of(deadLink(URL)));
        resetAllRequests();

        ArchiveSession session = advisor.startSession();
        ArchiveFinding finding =
                session.examine(List.of(deadLinkCiting(CITED, "2012-06-15"))).get(0);

        assertThat(finding.archiveStatus()).isEqualTo(ArchiveStatus.VALID);
        assertThat(found(finding).source()).isEqualTo(SnapshotSource.CITATION);
        verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void replaysACitedCaptureTheDataCannotSettle() {
        availabilityAnswers("availability-round-exact.json");
        String elsewhere = "https://web.archive.org/web/20100301120000/http://example.com/news/story.html";

        ArchiveFinding finding = advisor(Map.of())
                .startSession()
                .examine(List.of(deadLinkCiting(elsewhere, null)))
                .get(0);

        assertThat(finding.archiveStatus()).isEqualTo(ArchiveStatus.VALID);
        verify(1, getRequestedFor(urlPathEqualTo("/web/20100301120000id_/http://example.com/news/story.html")));
    }

    @Test
    void checksNoCaptureOfALiveLinksArchiveUnlessAskedToValidateAll() {
        ArchiveQuery liveWithArchive = new ArchiveQuery(
                new org.citewatch.extract.Citation(
                        "Example page",
                        1,
                        1,
                        URL,
                        URL,
                        "cite web",
                        "url",
                        "Story",
                        CITED,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        1,
                        null,
                        null,
                        null,
                        false,
                        false),
                false,
                ACCESSED);
        availabilityAnswers("availability-round-exact.json");

        ArchiveFinding byDefault = advisor(Map.of())
                .startSession()
                .examine(List.of(liveWithArchive))
                .get(0);
        assertThat(byDefault.archiveStatus()).isEqualTo(ArchiveStatus.VALID);
        assertThat(byDefault.lookup()).isNull();
        verify(0, anyRequestedFor(anyUrl()));

        advisor(Map.of("validate-archives", "all", "availability-enabled", "false"))
                .startSession()
                .examine(List.of(liveWithArchive));
        verify(1, getRequestedFor(urlPathMatching("/web/20120615093012id_/.*")));
    }

    @Test
    void defersLookupsOnceTheCdxBudgetIsSpentAndTheNextSessionContinues() {
        ArchiveAdvisor advisor = advisor(Map.of("availability-enabled", "false", "cdx-budget", "1"));

        List<ArchiveFinding> first = advisor.startSession().examine(List.of(deadLink(URL), deadLink(OTHER)));

        assertThat(first)
                .extracting(f -> f.lookup().getClass().getSimpleName())
                .containsExactlyInAnyOrder("Found", "Deferred");
        verify(1, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));

        List<ArchiveFinding> next = advisor.startSession().examine(List.of(deadLink(URL), deadLink(OTHER)));

        assertThat(next).allSatisfy(f -> assertThat(f.lookup()).isInstanceOf(SnapshotLookup.Found.class));
        verify(2, getRequestedFor(urlPathEqualTo("/cdx/search/cdx")));
    }

    @Test
    void asksTheArchiveNothingTheSecondTimeForKnownUrls() {
        availabilityAnswers("availability-round-exact.json");
        ArchiveAdvisor advisor = advisor(Map.of());
        List<ArchiveQuery> queries = List.of(deadLink(URL), deadLinkCiting(CITED, "2012-06-15"), deadLink(OTHER));
        advisor.startSession().examine(queries);
        resetAllRequests();

        ArchiveSession again = advisor.startSession();
        List<ArchiveFinding> findings = again.examine(queries);

        assertThat(findings).allSatisfy(f -> assertThat(f.lookup()).isInstanceOf(SnapshotLookup.Found.class));
        verify(0, anyRequestedFor(anyUrl()));
        assertThat(again.usage().isEmpty()).isTrue();
    }

    @Test
    void namesTheUrlParameterOfTheBatchLikeTheCitation() {
        availabilityAnswers("availability-batch.json");

        advisor(Map.of()).startSession().examine(List.of(deadLink(URL)));

        verify(postRequestedFor(urlPathEqualTo("/wayback/available")).withHeader("Wayback-Api-Version", equalTo("2")));
    }
}
