package org.citewatch.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citewatch.check.Verdict;
import org.citewatch.report.AuditReport;
import org.citewatch.report.LinkReport;
import org.citewatch.testing.TestDatabase;
import org.citewatch.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 5: the whole audit job on a fixture corpus against local servers, twice. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class AuditJobEndToEndTest {

    /** The suite runs once on each database citewatch supports. */
    @Parameter
    TestDatabase database;

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @RegisterExtension
    static WireMockExtension alive = server();

    @RegisterExtension
    static WireMockExtension dead = server();

    @RegisterExtension
    static WireMockExtension soft = server();

    @RegisterExtension
    static WireMockExtension archived = server();

    @RegisterExtension
    static WireMockExtension wayback = server();

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
        // Wayback CDX: nothing for most URLs; the old report has one 200 capture, whose replay is fine.
        wayback.stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        wayback.stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .withQueryParam("url", containing("old-report"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody(fixture("cdx-old-report.json").replace("{archived}", archivedBase()))));
        wayback.stubFor(get(urlPathMatching("/web/20170505120000id_/.*"))
                .willReturn(aResponse().withStatus(200).withBody(fixture("replay-old-report.html"))));
    }

    private static String archivedBase() {
        return "http://127.0.0.5:" + archived.getPort();
    }

    private static String fixture(String name) {
        try (var in = AuditJobEndToEndTest.class.getResourceAsStream("/fixtures/job/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The archive feature pointed at the Wayback stub; 429s give up after a second, not a minute. */
    private static Map<String, Object> waybackStub() {
        return Map.of(
                "citewatch.archive.cdx-url",
                wayback.baseUrl() + "/cdx/search/cdx",
                "citewatch.archive.replay-url",
                wayback.baseUrl() + "/web/",
                "citewatch.archive.availability-url",
                wayback.baseUrl() + "/wayback/available",
                "citewatch.archive.pause-on-429",
                "1s",
                "citewatch.archive.max-429-pause",
                "1s");
    }

    private Path corpus() {
        return AuditHarness.corpus(
                dir,
                Map.of(
                        "alive", "http://127.0.0.2:" + alive.getPort(),
                        "dead", "http://127.0.0.3:" + dead.getPort(),
                        "soft", "http://127.0.0.4:" + soft.getPort(),
                        "archived", archivedBase()));
    }

    @Test
    void auditsTheCorpusStoresEveryResultAndReportsTheCounts() throws Exception {
        Path corpus = corpus();
        try (AuditHarness harness = start(dir, waybackStub())) {

            AuditOutcome outcome = harness.audit(corpus);

            assertThat(outcome.status())
                    .as("two dead links have no archive: the unarchived-dead gate fails")
                    .isEqualTo(AuditOutcome.Status.GATE_FAILED);
            assertThat(outcome.counts().documents()).isEqualTo(2);
            assertThat(outcome.counts().citations()).isEqualTo(7);
            assertThat(outcome.counts().uniqueUrls()).isEqualTo(5);
            assertThat(outcome.counts().errors())
                    .as("the document the extractor fails on and the binary file are counted")
                    .isEqualTo(2);
            assertThat(outcome.counts().byVerdict())
                    .containsEntry(Verdict.ALIVE, 2)
                    .containsEntry(Verdict.DEAD, 3);

            Map<String, List<Long>> steps = harness.lastStepCounts();
            assertThat(steps.get("extract")).as("read, written, skipped").containsExactly(3L, 2L, 1L);
            // the check step's own count leaves out results stored ahead of it (issue 16), so ask the checker
            assertThat(harness.checker().asked())
                    .as("each unique URL checked once")
                    .hasSize(5)
                    .doesNotHaveDuplicates();
            assertThat(steps.get("archive").get(1))
                    .as("three dead links: four citations looked up")
                    .isEqualTo(4L);
            assertThat(steps).containsKeys("report", "gate");

            assertThat(harness.jdbc().queryForObject("SELECT COUNT(*) FROM cw_check", Integer.class))
                    .isEqualTo(5);
            if (database == TestDatabase.H2) {
                assertThat(harness.jdbc()
                                .queryForList(
                                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'",
                                        String.class))
                        .as("results committed to the H2 file reach it at once, so a kill -9 loses none (issue 16)")
                        .containsOnly("0");
            }
            alive.verify(1, getRequestedFor(urlPathEqualTo("/news/1")));

            AuditReport report = harness.report(outcome.runId());
            assertThat(dir.resolve("reports"))
                    .as("the report step wrote every report file")
                    .isDirectoryContaining("glob:**/report.json")
                    .isDirectoryContaining("glob:**/report.html")
                    .isDirectoryContaining("glob:**/report.sarif")
                    .isDirectoryContaining("glob:**/junit.xml")
                    .isDirectoryContaining("glob:**/report.csv")
                    .isDirectoryContaining("glob:**/summary.md");
            assertThat(report.errors())
                    .extracting(e -> Path.of(e.document()).getFileName().toString())
                    .containsExactlyInAnyOrder("c-broken.wiki", "d-binary.wiki");
            LinkReport oldReport = link(report, "old-report");
            assertThat(oldReport.verdict()).isEqualTo(Verdict.DEAD);
            assertThat(oldReport.archive().url())
                    .isEqualTo(wayback.baseUrl() + "/web/20170505120000/" + oldReport.url());
            assertThat(link(report, "missing-page").reason().name()).isEqualTo("SOFT_404");
            assertThat(link(report, "gone").citations()).hasSize(2);
            assertThat(link(report, "gone").history()).hasSize(1);
        }
    }

    @Test
    void secondRunOverAnUnchangedCorpusRechecksOnlyWhatIsDue() throws Exception {
        // Each night is a new process (the checker remembers its verdicts for the life of one).
        Path corpus = corpus();
        try (AuditHarness firstNight = start(dir, waybackStub())) {
            firstNight.audit(corpus);
        }
        resetRequests();

        // given: the same night again
        try (AuditHarness sameNight = start(dir, waybackStub())) {
            AuditOutcome again = sameNight.audit(corpus);

            assertThat(again.counts().uniqueUrls()).isEqualTo(5);
            assertThat(requestsToLinkServers())
                    .as("nothing is due an hour later: no network work at all")
                    .isZero();
            assertThat(sameNight.lastStepCounts().get("extract"))
                    .as("documents are read but unchanged ones are not extracted again")
                    .containsExactly(3L, 2L, 1L);
            // given: two days later, DEAD links are due again, ALIVE ones not before seven days
            sameNight.jdbc().update("UPDATE cw_link SET last_checked = last_checked - INTERVAL '2' DAY");
        }

        try (AuditHarness twoDaysLater = start(dir, waybackStub())) {
            twoDaysLater.audit(corpus);

            assertThat(alive.getAllServeEvents()).as("alive links are not due").isEmpty();
            assertThat(soft.getAllServeEvents()).hasSize(1);
            assertThat(archived.getAllServeEvents()).hasSize(1);
            assertThat(dead.getAllServeEvents()).hasSize(1);
            assertThat(twoDaysLater
                            .jdbc()
                            .queryForObject(
                                    "SELECT consecutive_failures FROM cw_link WHERE url LIKE '%/gone'", Integer.class))
                    .isEqualTo(2);
        }
    }

    /** Issue 11: a spent CDX budget ends the step cleanly; the next run continues with the rest. */
    @Test
    void defersLookupsBeyondTheCdxBudgetAndTheNextRunContinues() throws Exception {
        Path corpus = corpus();
        Map<String, Object> oneCdxRequest = new java.util.HashMap<>(waybackStub());
        oneCdxRequest.put("citewatch.archive.cdx-budget", "1");
        int deferredFirst;
        try (AuditHarness harness = start(dir, oneCdxRequest)) {
            AuditOutcome first = harness.audit(corpus);

            deferredFirst = first.counts().archiveDeferred();
            assertThat(deferredFirst).as("only one URL could be asked").isPositive();
            assertThat(first.notes()).noneSatisfy(note -> assertThat(note).contains("halted"));
            assertThat(harness.jdbc()
                            .queryForObject(
                                    "SELECT COUNT(*) FROM cw_citation_archive WHERE lookup = 'DEFERRED'",
                                    Integer.class))
                    .isEqualTo(deferredFirst);
            var archive = harness.report(first.runId()).run().archive();
            assertThat(archive.deferredLookups()).isEqualTo(deferredFirst);
            assertThat(archive.usage().of("cdx").requests()).isEqualTo(1);
        }

        try (AuditHarness nextNight = start(dir, oneCdxRequest)) {
            AuditOutcome next = nextNight.audit(corpus);

            assertThat(next.counts().archiveDeferred())
                    .as("the next run asks one more URL and knows the first")
                    .isLessThan(deferredFirst);
            assertThat(nextNight
                            .report(next.runId())
                            .run()
                            .archive()
                            .usage()
                            .of("cdx")
                            .requests())
                    .isEqualTo(1);
        }
    }

    @Test
    void stopsArchiveLookupsCleanlyWhenTheArchiveKeepsRefusingAndContinuesNextRun() throws Exception {
        Path corpus = corpus();
        // given: the CDX server answers 429 whatever citewatch does
        StubMapping refusing = wayback.stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        try (AuditHarness harness = start(dir, waybackStub())) {
            AuditOutcome halted = harness.audit(corpus);

            assertThat(halted.notes()).anySatisfy(note -> assertThat(note).contains("archive lookups halted"));
            assertThat(halted.status())
                    .as("the report and the gate still ran")
                    .isEqualTo(AuditOutcome.Status.GATE_FAILED);
            assertThat(harness.jdbc().queryForObject("SELECT COUNT(*) FROM cw_citation_archive", Integer.class))
                    .isZero();
        }

        // when: the next night, the archive answers again
        wayback.removeStub(refusing);
        try (AuditHarness nextNight = start(dir, waybackStub())) {
            AuditOutcome next = nextNight.audit(corpus);

            assertThat(nextNight.jdbc().queryForObject("SELECT COUNT(*) FROM cw_citation_archive", Integer.class))
                    .as("the next run looks the citations up")
                    .isEqualTo(4);
            assertThat(nextNight.report(next.runId()).links().stream().filter(l -> l.archive() != null))
                    .hasSize(1);
        }
    }

    private static void resetRequests() {
        for (WireMockExtension server : List.of(alive, dead, soft, archived, wayback)) {
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

    /** The application on the database of the folder, as a process of one installation would start. */
    private AuditHarness start(Path folder, Map<String, Object> properties) {
        return AuditHarness.start(folder, databases.at(database, folder), properties);
    }
}
