package org.citewatch.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citewatch.check.Verdict;
import org.citewatch.report.AuditReport;
import org.citewatch.report.LinkReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5: the whole audit job on a fixture corpus against local servers, twice. */
class AuditJobEndToEndTest {

    @RegisterExtension
    static WireMockExtension alive = server();

    @RegisterExtension
    static WireMockExtension dead = server();

    @RegisterExtension
    static WireMockExtension soft = server();

    @RegisterExtension
    static WireMockExtension archived = server();

    @RegisterExtension
    static WireMockExtension cdx = server();

    @TempDir
    Path dir;

    private static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort())
                .build();
    }

    @BeforeEach
    void stubServers() {
        alive.stubFor(get(anyUrl())
                .willReturn(aResponse().withStatus(200).withBody("<html><title>News</title>story</html>")));
        dead.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
        soft.stubFor(get(anyUrl())
                .willReturn(aResponse().withStatus(200).withBody("<html><title>Page not found</title></html>")));
        archived.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(410)));
        // Wayback CDX: a header row, then captures; only the old report was captured (status 200).
        cdx.stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        cdx.stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .withQueryParam("url", com.github.tomakehurst.wiremock.client.WireMock.containing("old-report"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody(
                                """
                                [["timestamp","original","statuscode"],
                                 ["20180101000000","http://archived.test/old-report","302"],
                                 ["20170505120000","http://archived.test/old-report","200"]]""")));
    }

    private Path corpus() {
        return AuditHarness.corpus(
                dir,
                Map.of(
                        "alive", "http://alive.test:" + alive.getPort(),
                        "dead", "http://dead.test:" + dead.getPort(),
                        "soft", "http://soft.test:" + soft.getPort(),
                        "archived", "http://archived.test:" + archived.getPort()));
    }

    @Test
    void auditsTheCorpusStoresEveryResultAndReportsTheCounts() throws Exception {
        Path corpus = corpus();
        try (AuditHarness harness = AuditHarness.start(AuditHarness.fileDb(dir), Map.of())) {
            harness.advisor().cdxBase(cdx.baseUrl());

            AuditOutcome outcome = harness.audit(corpus);

            assertThat(outcome.status())
                    .as("two dead links have no archive: the unarchived-dead gate fails")
                    .isEqualTo(AuditOutcome.Status.GATE_FAILED);
            assertThat(outcome.counts().documents()).isEqualTo(2);
            assertThat(outcome.counts().citations()).isEqualTo(7);
            assertThat(outcome.counts().uniqueUrls()).isEqualTo(5);
            assertThat(outcome.counts().errors()).as("the broken document is skipped and counted").isEqualTo(1);
            assertThat(outcome.counts().byVerdict())
                    .containsEntry(Verdict.ALIVE, 2)
                    .containsEntry(Verdict.DEAD, 3);

            Map<String, List<Long>> steps = harness.lastStepCounts();
            assertThat(steps.get("extract")).as("read, written, skipped").containsExactly(3L, 2L, 1L);
            assertThat(steps.get("check").get(1)).as("each unique URL checked once").isEqualTo(5L);
            assertThat(steps.get("archive").get(1))
                    .as("three dead links: four citations looked up")
                    .isEqualTo(4L);
            assertThat(steps).containsKeys("report", "gate");

            assertThat(harness.jdbc().queryForObject("SELECT COUNT(*) FROM cw_check", Integer.class))
                    .isEqualTo(5);
            alive.verify(1, getRequestedFor(urlPathEqualTo("/news/1")));

            AuditReport report = harness.lastReport();
            assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.document())
                    .isEqualTo("c-broken.wiki"));
            LinkReport oldReport = link(report, "old-report");
            assertThat(oldReport.verdict()).isEqualTo(Verdict.DEAD);
            assertThat(oldReport.archive().url()).isEqualTo("https://web.archive.org/web/20170505120000/"
                    + oldReport.url());
            assertThat(link(report, "missing-page").reason().name()).isEqualTo("SOFT_404");
            assertThat(link(report, "gone").citations()).hasSize(2);
            assertThat(link(report, "gone").history()).hasSize(1);
        }
    }

    @Test
    void secondRunOverAnUnchangedCorpusRechecksOnlyWhatIsDue() throws Exception {
        Path corpus = corpus();
        try (AuditHarness harness = AuditHarness.start(AuditHarness.fileDb(dir), Map.of())) {
            harness.advisor().cdxBase(cdx.baseUrl());
            harness.audit(corpus);
            resetRequests();

            // given: the same night again
            AuditOutcome sameNight = harness.audit(corpus);

            assertThat(sameNight.counts().uniqueUrls()).isEqualTo(5);
            assertThat(requestsToLinkServers())
                    .as("nothing is due an hour later: no network work at all")
                    .isZero();
            assertThat(harness.lastStepCounts().get("extract"))
                    .as("documents are read but unchanged ones are not extracted again")
                    .containsExactly(3L, 2L, 1L);

            // given: two days later, DEAD links are due again, ALIVE ones not before seven days
            harness.jdbc().update("UPDATE cw_link SET last_checked = DATEADD('DAY', -2, last_checked)");
            harness.audit(corpus);

            assertThat(alive.getAllServeEvents()).as("alive links are not due").isEmpty();
            assertThat(soft.getAllServeEvents()).hasSize(1);
            assertThat(archived.getAllServeEvents()).hasSize(1);
            assertThat(dead.getAllServeEvents()).hasSize(1);
            assertThat(harness.jdbc()
                            .queryForObject(
                                    "SELECT consecutive_failures FROM cw_link WHERE url LIKE '%/gone'", Integer.class))
                    .isEqualTo(2);
        }
    }

    @Test
    void stopsArchiveLookupsCleanlyWhenTheArchiveKeepsRefusingAndContinuesNextRun() throws Exception {
        Path corpus = corpus();
        try (AuditHarness harness = AuditHarness.start(AuditHarness.fileDb(dir), Map.of())) {
            harness.advisor().cdxBase(cdx.baseUrl());
            harness.advisor().halting(true);

            AuditOutcome halted = harness.audit(corpus);

            assertThat(halted.notes()).anySatisfy(note -> assertThat(note).contains("archive lookups halted"));
            assertThat(halted.status()).as("the report and the gate still ran").isEqualTo(AuditOutcome.Status.GATE_FAILED);
            assertThat(harness.jdbc().queryForObject("SELECT COUNT(*) FROM cw_citation_archive", Integer.class))
                    .isZero();

            harness.advisor().halting(false);
            harness.audit(corpus);

            assertThat(harness.jdbc().queryForObject("SELECT COUNT(*) FROM cw_citation_archive", Integer.class))
                    .as("the next run looks the citations up")
                    .isEqualTo(4);
            assertThat(harness.lastReport().links().stream().filter(l -> l.archive() != null)).hasSize(1);
        }
    }

    private static void resetRequests() {
        for (WireMockExtension server : List.of(alive, dead, soft, archived, cdx)) {
            server.resetRequests();
        }
    }

    private static int requestsToLinkServers() {
        return List.of(alive, dead, soft, archived).stream()
                .mapToInt(s -> s.findAll(anyRequestedFor(anyUrl())).size())
                .sum();
    }

    private static LinkReport link(AuditReport report, String path) {
        return report.links().stream()
                .filter(l -> l.url().endsWith(path))
                .findFirst()
                .orElseThrow();
    }
}
