package org.citewatch.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.citewatch.extract.Citation;
import org.citewatch.fix.FixOptions;
import org.citewatch.fix.FixOutcome;
import org.citewatch.fix.FixRunner;
import org.citewatch.report.AuditReport;
import org.citewatch.report.CitationReport;
import org.citewatch.report.LinkReport;
import org.citewatch.wiki.WikiSelection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14: an audit of two pages of a "wiki" served by WireMock (zh pages shaped like the seed
 * pages), then a second night after one page was edited: only that page's text is fetched again and
 * only its new link is checked.
 */
class WikiAuditEndToEndTest {

    private static final String API = "/w/api.php";
    private static final String A = "核安全峰會";
    private static final String B = "防擴散安全倡議";

    @RegisterExtension
    static WireMockExtension wiki = server();

    @RegisterExtension
    static WireMockExtension alive = server();

    @RegisterExtension
    static WireMockExtension dead = server();

    @RegisterExtension
    static WireMockExtension wayback = server();

    @TempDir
    Path dir;

    private static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort())
                .build();
    }

    private static String fixture(String name) {
        try (InputStream in = WikiAuditEndToEndTest.class.getResourceAsStream("/fixtures/mediawiki/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{alive}", "http://127.0.0.2:" + alive.getPort())
                    .replace("{dead}", "http://127.0.0.3:" + dead.getPort())
                    .replace("//zh.wikipedia.org", "//localhost:" + wiki.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void stubServers() {
        alive.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody("<html><title>新聞</title></html>")));
        dead.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
        wayback.stubFor(get(urlPathEqualTo("/cdx/search/cdx")).willReturn(okJson("[]")));
        wiki.stubFor(get(urlPathEqualTo(API))
                .withQueryParam("meta", equalTo("siteinfo"))
                .willReturn(okJson(fixture("siteinfo.json"))));
        wiki.stubFor(get(urlPathEqualTo(API))
                .withQueryParam("prop", equalTo("redirects"))
                .willReturn(okJson(fixture("template-redirects.json"))));
        wikiAt(1);
    }

    /** The wiki's pages as of a night: 1 before the edit of 核安全峰會, 2 after it. */
    private static void wikiAt(int night) {
        wiki.stubFor(get(urlPathEqualTo(API))
                .withQueryParam("rvprop", equalTo("ids|timestamp"))
                .willReturn(okJson(fixture("e2e-ids-" + night + ".json"))));
        wiki.stubFor(get(urlPathEqualTo(API))
                .withQueryParam("rvprop", equalTo("ids|timestamp|content"))
                .willReturn(okJson(fixture("e2e-content-" + night + ".json"))));
    }

    private AuditHarness start() {
        return AuditHarness.start(
                dir,
                Map.of(
                        "citewatch.archive.cdx-url", wayback.baseUrl() + "/cdx/search/cdx",
                        "citewatch.archive.replay-url", wayback.baseUrl() + "/web/",
                        "citewatch.wiki.contact", "ops@example.org"));
    }

    private static List<String> input() {
        return List.of(new WikiSelection(wiki.baseUrl(), List.of(A, B), "", "", 0, "", "", "", List.of()).toInput());
    }

    private static String page(String title) {
        return "http://localhost:" + wiki.getPort() + "/wiki/" + title;
    }

    private static List<LoggedRequest> textRequests() {
        return wiki.findAll(
                getRequestedFor(urlPathEqualTo(API)).withQueryParam("rvprop", equalTo("ids|timestamp|content")));
    }

    @Test
    void auditsWikiPagesThenOnlyTheEditedPageAndItsNewLinkTheNextNight() throws Exception {
        String alive2016 = "http://127.0.0.2:" + alive.getPort() + "/nss/2016/";
        try (AuditHarness firstNight = start()) {
            AuditOutcome outcome = firstNight.audit(input());

            assertThat(outcome.counts().documents()).isEqualTo(2);
            assertThat(outcome.counts().uniqueUrls()).isEqualTo(4);
            assertThat(outcome.counts().errors()).isZero();
            assertThat(firstNight.checker().asked()).hasSize(4);
            assertThat(textRequests())
                    .singleElement()
                    .satisfies(request -> assertThat(
                                    request.queryParameter("titles").firstValue())
                            .isEqualTo(A + "|" + B));
            assertThat(firstNight
                            .jdbc()
                            .queryForMap(
                                    "SELECT wiki, page_title, page_id, revision_id FROM cw_document WHERE name = ?",
                                    page(A)))
                    .containsEntry("WIKI", wiki.baseUrl() + API)
                    .containsEntry("PAGE_TITLE", A)
                    .containsEntry("PAGE_ID", 1234567L)
                    .containsEntry("REVISION_ID", 70000001L);

            AuditReport report = firstNight.report(outcome.runId());
            Citation participants = citation(report, "/psi/participants");
            assertThat(participants.document())
                    .as("the document is the page on the wiki")
                    .isEqualTo(page(B));
            assertThat(participants.deadLinkTag())
                    .as("{{連結失效}} is a dead-link tag on this wiki only because it redirects to Template:Dead link")
                    .isNotNull();
        }
        wiki.resetRequests();
        wikiAt(2);

        try (AuditHarness nextNight = start()) {
            AuditOutcome outcome = nextNight.audit(input());

            assertThat(textRequests())
                    .as("only the edited page's text is fetched")
                    .singleElement()
                    .satisfies(request -> assertThat(
                                    request.queryParameter("titles").firstValue())
                            .isEqualTo(A));
            assertThat(nextNight.checker().asked())
                    .as("only the new link is checked; the others are not due")
                    .containsExactly(alive2016);
            assertThat(outcome.counts().documents()).isEqualTo(2);
            assertThat(outcome.counts().uniqueUrls())
                    .as("the unchanged page keeps its citations")
                    .isEqualTo(5);
            assertThat(nextNight
                            .jdbc()
                            .queryForObject("SELECT revision_id FROM cw_document WHERE name = ?", Long.class, page(A)))
                    .isEqualTo(70000002L);
            assertThat(citation(nextNight.report(outcome.runId()), "/psi/participants")
                            .document())
                    .isEqualTo(page(B));
        }
    }

    /**
     * Issue 13: fix reads the revision each page's audit read from the wiki again, by its id, patches
     * the pages whose revision still hashes to what the audit read (with the base revision id for a
     * bot), and never edits the wiki.
     */
    @Test
    void fixesLivePagesFromTheAuditedRevisionsAndNeverEditsTheWiki() throws Exception {
        String participants = "http://127.0.0.3:" + dead.getPort() + "/psi/participants";
        wayback.stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .withQueryParam("url", containing("/psi/participants"))
                .willReturn(okJson("[[\"timestamp\",\"original\",\"statuscode\",\"mimetype\",\"digest\"],\n"
                        + "[\"20140301000000\",\"" + participants
                        + "\",\"200\",\"text/html\",\"Q4YULN754FHV2U6Q5JUT6Q2P57WEWNNY\"]]")));
        wayback.stubFor(get(urlPathMatching("/web/[0-9]{14}id_/.*"))
                .willReturn(aResponse().withStatus(200).withBody("<html><title>參加國</title></html>")));
        // the revisions by id: 防擴散安全倡議's as the audit read it, 核安全峰會's changed since
        wiki.stubFor(get(urlPathEqualTo(API))
                .withQueryParam("revids", equalTo("70000001|70000010"))
                .willReturn(okJson(fixture("revisions-by-id.json"))));
        Path out = dir.resolve("fixes");
        try (AuditHarness harness = AuditHarness.start(
                dir,
                Map.of(
                        "citewatch.archive.cdx-url",
                        wayback.baseUrl() + "/cdx/search/cdx",
                        "citewatch.archive.replay-url",
                        wayback.baseUrl() + "/web/",
                        "citewatch.wiki.contact",
                        "ops@example.org",
                        "citewatch.history.confirm-failures",
                        1,
                        "citewatch.history.confirm-span",
                        "0s"))) {
            long runId = harness.audit(input()).runId();
            wiki.resetRequests();

            FixOutcome outcome = harness.context
                    .getBean(FixRunner.class)
                    .run(runId, new FixOptions(runId, true, out, null, false, false, false));

            assertThat(outcome.edits())
                    .as("archive parameters, and the {{連結失效}} tag removed")
                    .isEqualTo(2);
            assertThat(outcome.applied()).isEmpty();
            assertThat(outcome.skipped())
                    .anySatisfy(skip -> assertThat(skip)
                            .startsWith(page(A) + ": ")
                            .contains("revision 70000001 is not the text the audit read"))
                    .anySatisfy(skip -> assertThat(skip)
                            .startsWith(page(B) + ": not applied: ")
                            .contains("never edits a wiki"));
            JsonNode json = JsonMapper.builder()
                    .build()
                    .readTree(out.resolve("fixes.json").toFile());
            assertThat(json.get("edits")).hasSize(2).allSatisfy(edit -> {
                assertThat(edit.get("document").asString()).isEqualTo(page(B));
                assertThat(edit.get("pageTitle").asString()).isEqualTo(B);
                assertThat(edit.get("wiki").asString()).isEqualTo(wiki.baseUrl() + API);
                assertThat(edit.get("baseRevisionId").asLong()).isEqualTo(70000010L);
            });
            String diff = json.get("files").get(0).get("diff").asString();
            String added = Files.readString(out.resolve(diff))
                    .lines()
                    .filter(line -> line.startsWith("+") && !line.startsWith("+++"))
                    .reduce("", String::concat);
            assertThat(added)
                    .as("the old parameter names the template uses, and the wiki's own dead-link tag gone")
                    .contains("|archiveurl=" + wayback.baseUrl() + "/web/20140301000000/" + participants)
                    .contains("|archivedate=2014-03-01 |deadurl=yes}}</ref>")
                    .doesNotContain("連結失效");
            assertThat(wiki.getAllServeEvents())
                    .as("the site, its template names and one read of the revisions by id: no edit, no token")
                    .hasSize(3)
                    .allSatisfy(event -> {
                        assertThat(event.getRequest().getMethod().getName()).isEqualTo("GET");
                        assertThat(event.getRequest().queryParameter("action").firstValue())
                                .isEqualTo("query");
                        assertThat(event.getRequest().getUrl()).doesNotContain("token");
                    });
        }
    }

    private static Citation citation(AuditReport report, String path) {
        return report.links().stream()
                .filter(link -> link.url().endsWith(path))
                .map(LinkReport::citations)
                .flatMap(List::stream)
                .map(CitationReport::citation)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no citation of " + path));
    }
}
