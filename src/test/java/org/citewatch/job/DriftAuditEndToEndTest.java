package org.citewatch.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.drift.DriftFinding;
import org.citewatch.drift.DriftKind;
import org.citewatch.fix.FixOptions;
import org.citewatch.fix.FixOutcome;
import org.citewatch.fix.FixRunner;
import org.citewatch.report.AuditReport;
import org.citewatch.report.Baseline;
import org.citewatch.report.CitationReport;
import org.citewatch.report.Gate;
import org.citewatch.report.GatePolicy;
import org.citewatch.report.GateResult;
import org.citewatch.report.JsonSchemas;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17, acceptance: links that answer with the wrong page, through the whole job against the cited
 * hosts (behind a proxy, so the pages keep real-looking URLs) and a stubbed Wayback Machine. A news
 * story whose URL now shows the front page is DEAD by the home-page rule and nothing more; a story
 * replaced by an unrelated one is CONTENT_CHANGED; a paraphrased title whose capture agrees with the
 * live page is not flagged; a lapsed local-history site now selling casinos in Indonesian is USURPED for
 * both its citations; a Chinese citation whose live title adds " | 新华网" is not flagged. Runs on each
 * supported database (the page digests and findings are columns and tables of migration V14).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class DriftAuditEndToEndTest {

    private static final String GAZETTE = "www.riverside-gazette.example";
    private static final String HARBOUR = "www.harbour-history.example";
    private static final String MAYOR = "http://" + GAZETTE + "/news/2012/03/mayor-resigns";
    private static final String BRIDGE = "http://" + GAZETTE + "/news/2013/05/bridge-budget";
    private static final String SPENDING = "http://" + GAZETTE + "/news/2014/01/spending";
    private static final String FAIR = "http://" + GAZETTE + "/news/2015/07/fair";
    private static final String LIGHTHOUSE = "http://" + HARBOUR + "/articles/lighthouse.html";
    private static final String FERRY = "http://" + HARBOUR + "/articles/ferry.html";
    private static final String XINHUA = "http://www.news.cn.example/2012-03/27/c_111712345.htm";
    private static final String RP = "http://rp-online.example/nrw/buergermeister-zurueckgetreten";

    /** The replays the drift step may make: one per candidate with a capture. */
    private static final String BRIDGE_CAPTURE = "/web/20130501000000id_/" + BRIDGE;

    private static final String SPENDING_CAPTURE = "/web/20140110000000id_/" + SPENDING;
    private static final String LIGHTHOUSE_CAPTURE = "/web/20100615000000id_/" + LIGHTHOUSE;
    private static final String XINHUA_CAPTURE = "/web/20120327000000id_/" + XINHUA;

    @Parameter
    TestDatabase database;

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    /** Plays the HTTP proxy of the link checks: it answers for every cited host. */
    @RegisterExtension
    static WireMockExtension web = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @RegisterExtension
    static WireMockExtension wayback = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dir;

    @BeforeEach
    void stubServers() {
        web.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
        page(GAZETTE, "/", "live/gazette-front.html");
        web.stubFor(get(urlPathEqualTo("/news/2012/03/mayor-resigns"))
                .withHost(equalTo(GAZETTE))
                .willReturn(aResponse().withStatus(301).withHeader("Location", "http://" + GAZETTE + "/")));
        page(GAZETTE, "/news/2013/05/bridge-budget", "live/gazette-flower-show.html");
        page(GAZETTE, "/news/2014/01/spending", "live/gazette-spending.html");
        page(GAZETTE, "/news/2015/07/fair", "live/gazette-fair.html");
        page(HARBOUR, "/articles/lighthouse.html", "live/harbour-casino.html");
        page(HARBOUR, "/articles/ferry.html", "live/harbour-casino.html");
        page("www.news.cn.example", "/2012-03/27/c_111712345.htm", "live/xinhua-summit.html");
        page("rp-online.example", "/nrw/buergermeister-zurueckgetreten", "live/rp-buergermeister.html");

        wayback.stubFor(
                get(urlPathEqualTo("/cdx/search/cdx")).willReturn(aResponse().withBody("[]")));
        // any other capture (the archive step's own checks) is a plain page
        wayback.stubFor(
                get(urlPathMatching("/web/[0-9]{14}id_/.*")).willReturn(html("wayback/gazette-spending-2014.html")));
        wayback.stubFor(get(urlEqualTo(BRIDGE_CAPTURE)).willReturn(html("wayback/gazette-bridge-budget-2013.html")));
        wayback.stubFor(get(urlEqualTo(SPENDING_CAPTURE)).willReturn(html("wayback/gazette-spending-2014.html")));
        wayback.stubFor(get(urlEqualTo(LIGHTHOUSE_CAPTURE)).willReturn(html("wayback/harbour-lighthouse-2010.html")));
    }

    private static void page(String host, String path, String fixture) {
        web.stubFor(get(urlPathEqualTo(path)).withHost(equalTo(host)).willReturn(html(fixture)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(String fixture) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(resource(fixture));
    }

    private Map<String, Object> settings(Map<String, Object> more) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "citewatch.archive.cdx-url", wayback.baseUrl() + "/cdx/search/cdx",
                "citewatch.archive.replay-url", wayback.baseUrl() + "/web/",
                "citewatch.check.proxy", "http://localhost:" + web.getPort()));
        settings.putAll(more);
        return settings;
    }

    @Test
    void flagsTheReplacedStoryAndTheUsurpedHostAndNoOtherAlivePage() throws Exception {
        Path pages = pages();
        try (AuditHarness harness = AuditHarness.start(dir, databases.at(database, dir), settings(Map.of()))) {

            AuditOutcome outcome = harness.audit(pages);

            assertThat(outcome.status())
                    .as("the default gate counts dead links without an archive; drift only when named")
                    .isEqualTo(AuditOutcome.Status.PASSED);
            assertThat(harness.lastStepCounts()).containsKey("drift");
            assertThat(outcome.notes())
                    .contains("links that answer with the wrong page: 2 citations on a usurped domain, 1 whose page"
                            + " changed (docs/drift.md; report.html has the titles side by side)");
            AuditReport report = harness.report(outcome.runId());
            Map<String, LinkReport> links = byUrl(report);
            assertThat(links.get(MAYOR))
                    .as("the story now shows the front page: dead by the home-page rule")
                    .extracting(LinkReport::verdict, LinkReport::reason)
                    .containsExactly(Verdict.DEAD, Reason.REDIRECT_TO_HOME);
            Map<String, DriftKind> flagged = flagged(report);
            assertThat(flagged)
                    .as("flagged once each; the front page, the paraphrase, the zh and de pages not at all")
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            BRIDGE, DriftKind.CONTENT_CHANGED,
                            LIGHTHOUSE, DriftKind.USURPED,
                            FERRY, DriftKind.USURPED));
            List<String> aliveUnflagged = report.links().stream()
                    .filter(link -> link.verdict() == Verdict.ALIVE)
                    .map(LinkReport::url)
                    .filter(url -> !flagged.containsKey(url))
                    .sorted()
                    .toList();
            assertThat(aliveUnflagged)
                    .as("false flags: none of the pages that still are the cited ones")
                    .containsExactlyInAnyOrder(RP, FAIR, SPENDING, XINHUA);

            DriftFinding changed = citation(links.get(BRIDGE)).drift();
            assertThat(changed.citedTitle()).isEqualTo("Council approves bridge budget");
            assertThat(changed.liveTitle()).isEqualTo("Flower show opens at the park - Riverside Gazette");
            assertThat(changed.captureTitle()).isEqualTo("Council approves bridge budget - Riverside Gazette");
            assertThat(changed.captureUrl()).isEqualTo(wayback.baseUrl() + "/web/20130501000000/" + BRIDGE);
            assertThat(citation(links.get(LIGHTHOUSE)).drift().evidence())
                    .contains("slot gacor", "live pages in id, every capture in en");
            assertThat(links.get(LIGHTHOUSE).verdict())
                    .as("a problem for an editor, not dead")
                    .isEqualTo(Verdict.ALIVE);

            // one capture read per candidate that has one; none for pages the checker already matched
            wayback.verify(1, getRequestedFor(urlEqualTo(BRIDGE_CAPTURE)));
            wayback.verify(1, getRequestedFor(urlEqualTo(SPENDING_CAPTURE)));
            wayback.verify(1, getRequestedFor(urlEqualTo(LIGHTHOUSE_CAPTURE)));
            wayback.verify(0, getRequestedFor(urlEqualTo(XINHUA_CAPTURE)));
            assertThat(report.run().archive().usage().of("replay").requests())
                    .as("the run's archive requests count the drift step's replays too")
                    .isEqualTo(wayback.countRequestsMatching(
                                    getRequestedFor(urlPathMatching("/web/.*")).build())
                            .getCount());

            assertReportsNameTheKinds();

            GateResult usurped = new Gate(GatePolicy.parse("usurped", 0)).evaluate(report, Baseline.none());
            GateResult changedGate = new Gate(GatePolicy.parse("content-changed", 0)).evaluate(report, Baseline.none());
            GateResult dead = new Gate(GatePolicy.parse("dead", 0)).evaluate(report, Baseline.none());
            assertThat(usurped.passed()).isFalse();
            assertThat(usurped.offending()).containsExactly(FERRY, LIGHTHOUSE);
            assertThat(changedGate.offending()).containsExactly(BRIDGE);
            assertThat(dead.offending())
                    .as("--fail-on=dead counts dead links only")
                    .containsExactly(MAYOR);

            // a second run asks the archive nothing more: the captures read are kept
            AuditOutcome again = harness.audit(pages);
            assertThat(flagged(harness.report(again.runId()))).isEqualTo(flagged);
            wayback.verify(1, getRequestedFor(urlEqualTo(BRIDGE_CAPTURE)));
            wayback.verify(1, getRequestedFor(urlEqualTo(LIGHTHOUSE_CAPTURE)));
        }
    }

    private void assertReportsNameTheKinds() throws IOException {
        Path reports = dir.resolve("reports");
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(reports.resolve("report.json").toFile());
        assertThat(json.findValuesAsString("problem")).contains("usurped", "content-changed");
        assertThat(JsonSchemas.validate(
                        Path.of("docs/report.schema.json"),
                        SpecVersion.VersionFlag.V202012,
                        reports.resolve("report.json")))
                .isEmpty();
        assertThat(Files.readString(reports.resolve("junit.xml")))
                .contains("type=\"USURPED\"", "type=\"CONTENT_CHANGED\"", "“Council approves bridge budget”");
        assertThat(Files.readString(reports.resolve("report.sarif")))
                .contains("\"ruleId\" : \"USURPED\"", "\"ruleId\" : \"CONTENT_CHANGED\"");
        assertThat(Files.readString(reports.resolve("report.csv"))).contains(",usurped,", ",content-changed,");
        assertThat(Files.readString(reports.resolve("summary.md")))
                .contains("2 on a usurped domain", "1 whose page changed");
    }

    @Test
    void failsTheGateWhenFailOnNamesUsurpedAndFixesTheUsurpedCitation() throws Exception {
        Path pages = pages();
        Path out = dir.resolve("fixes");
        try (AuditHarness harness = AuditHarness.start(
                dir,
                databases.at(database, dir),
                settings(Map.of("citewatch.report.fail-on", "unarchived-dead,usurped")))) {

            AuditOutcome outcome = harness.audit(pages);
            FixOutcome fix = harness.context
                    .getBean(FixRunner.class)
                    .run(outcome.runId(), new FixOptions(null, false, out, null, false, false, false));

            assertThat(outcome.status()).isEqualTo(AuditOutcome.Status.GATE_FAILED);
            assertThat(outcome.notes())
                    .anySatisfy(note -> assertThat(note).contains("gate failed: 2 links", "usurped domain"));
            assertThat(fix.edits())
                    .as("url-status=live becomes usurped; the archive stays")
                    .isEqualTo(1);
            String patched;
            try (var files = Files.list(out)) {
                List<Path> wiki =
                        files.filter(f -> f.toString().endsWith(".wiki")).toList();
                assertThat(wiki).as("only Riverside has an edit").singleElement();
                patched = Files.readString(wiki.get(0));
            }
            assertThat(patched)
                    .contains("archive-date=15 June 2010 |url-status=usurped}}")
                    .contains("|title=Council approves bridge budget |work=Riverside Gazette |date=1 May 2013"
                            + " |archive-url=https://web.archive.org/web/20130501000000/" + BRIDGE
                            + " |archive-date=1 May 2013 |url-status=live}}");
            JsonNode fixes = JsonMapper.builder()
                    .build()
                    .readTree(out.resolve("fixes.json").toFile());
            assertThat(fixes.get("edits").get(0).get("reason").asString()).isEqualTo("USURPED_ARCHIVED");
            assertThat(fixes.get("unfixed").findValuesAsString("message"))
                    .anySatisfy(m -> assertThat(m).startsWith("suggestion: the page changed"))
                    .anySatisfy(m -> assertThat(m).startsWith("its host is usurped"));
        }
    }

    @Test
    void reportsFlaggedLinksAsDeadWhenConfiguredTo() throws Exception {
        Path pages = pages();
        try (AuditHarness harness = AuditHarness.start(
                dir,
                databases.at(database, dir),
                settings(Map.of("citewatch.drift.treat-as-dead", true, "citewatch.report.fail-on", "dead")))) {

            AuditOutcome outcome = harness.audit(pages);

            Map<String, LinkReport> links = byUrl(harness.report(outcome.runId()));
            assertThat(links.get(LIGHTHOUSE))
                    .extracting(LinkReport::verdict, LinkReport::reason)
                    .containsExactly(Verdict.DEAD, Reason.USURPED);
            assertThat(links.get(BRIDGE))
                    .extracting(LinkReport::verdict, LinkReport::reason)
                    .containsExactly(Verdict.DEAD, Reason.CONTENT_CHANGED);
            assertThat(links.get(FAIR).verdict()).isEqualTo(Verdict.ALIVE);
            assertThat(outcome.status()).isEqualTo(AuditOutcome.Status.GATE_FAILED);
            assertThat(outcome.notes()).anySatisfy(note -> assertThat(note).contains("gate failed: 4 links dead"));
        }
    }

    private static CitationReport citation(LinkReport link) {
        assertThat(link.citations()).hasSize(1);
        return link.citations().get(0);
    }

    private static Map<String, LinkReport> byUrl(AuditReport report) {
        Map<String, LinkReport> links = new TreeMap<>();
        report.links().forEach(link -> links.put(link.url(), link));
        return links;
    }

    /** The URLs whose citations the drift step flagged, with the kind. */
    private static Map<String, DriftKind> flagged(AuditReport report) {
        Map<String, DriftKind> flagged = new TreeMap<>();
        for (LinkReport link : report.links()) {
            for (CitationReport citation : link.citations()) {
                if (citation.drift() != null) {
                    assertThat(flagged.put(link.url(), citation.drift().kind())).isNull();
                }
            }
        }
        return flagged;
    }

    private Path pages() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (String name : List.of("Riverside.wiki", "首尔峰会.wiki", "Rheinstadt.wiki")) {
            Files.writeString(pages.resolve(name), resource("pages/" + name), StandardCharsets.UTF_8);
        }
        return pages;
    }

    private static String resource(String name) {
        try (InputStream in = DriftAuditEndToEndTest.class.getResourceAsStream("/fixtures/drift/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
