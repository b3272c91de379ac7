package org.citewatch.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.citewatch.archive.SnapshotTarget;
import org.citewatch.check.Reason;
import org.citewatch.check.Verdict;
import org.citewatch.report.AuditReport;
import org.citewatch.report.CitationReport;
import org.citewatch.report.FixSuggestion;
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
 * Issue 10 items 2-4 end to end, on pages shaped like the seed pages: a zh dump page whose mofa-shaped
 * citation carries {@code {{Dead link|date=2018年6月}}} and no access date, a citation tagged dead that
 * answers, and an English .wiki page under {@code {{Use dmy dates}}} whose citation has only a
 * {@code date=}. The Wayback stub has captures before and after each citation's date. Runs on each
 * database citewatch supports, as the other job tests do.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class RealWorldVerdictsEndToEndTest {

    @Parameter
    TestDatabase database;

    @RegisterExtension
    final TestDatabases databases = new TestDatabases();

    @RegisterExtension
    static WireMockExtension alive = server();

    @RegisterExtension
    static WireMockExtension mofa = server();

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

    private static String aliveBase() {
        return "http://127.0.0.2:" + alive.getPort();
    }

    private static String mofaBase() {
        return "http://127.0.0.6:" + mofa.getPort();
    }

    private static String deadBase() {
        return "http://127.0.0.3:" + dead.getPort();
    }

    private static String mofaUrl() {
        return mofaBase() + "/ENG/policy/disarmament/nss/overview/index.jsp?menu=m_20_70_30";
    }

    @BeforeEach
    void stubServers() {
        alive.stubFor(get(anyUrl())
                .willReturn(aResponse().withStatus(200).withBody("<html><title>Statement</title>text</html>")));
        // As the real ministry does: the deep link answers with a 302 to its English home page, which
        // is not at the root; the root itself sends visitors there too.
        mofa.stubFor(get(urlPathEqualTo("/ENG/policy/disarmament/nss/overview/index.jsp"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "/eng/index.do")));
        mofa.stubFor(get(urlPathEqualTo("/eng/index.do"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("<html><title>Ministry of Foreign Affairs</title><h1>Welcome</h1>home</html>")));
        mofa.stubFor(get(urlPathEqualTo("/"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", "/eng/index.do")));
        dead.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));

        wayback.stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        cdx("nss/overview", mofaUrl(), "20160302101500", "20190105080000");
        cdx("joint.htm", aliveBase() + "/r/pa/prs/2009/05/joint.htm", "20090601000000", "20150101000000");
        cdx("anniversary", deadBase() + "/news/2009/anniversary.html", "20090520120000", "20120101000000");
        wayback.stubFor(get(urlPathMatching("/web/\\d{14}id_/.*"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody("<html><head><title>Summit</title></head><body>As published.</body></html>")));
    }

    /** Two 200 captures of the URL, oldest first, as the CDX API lists them. */
    private static void cdx(String urlPart, String original, String first, String second) {
        String body = "[[\"timestamp\",\"original\",\"statuscode\",\"mimetype\",\"digest\"],\n"
                + "[\"" + first + "\",\"" + original + "\",\"200\",\"text/html\",\"AAAA\"],\n"
                + "[\"" + second + "\",\"" + original + "\",\"200\",\"text/html\",\"BBBB\"]]";
        wayback.stubFor(get(urlPathEqualTo("/cdx/search/cdx"))
                .withQueryParam("url", containing(urlPart))
                .willReturn(aResponse().withStatus(200).withBody(body)));
    }

    private static Map<String, Object> settings() {
        return Map.of(
                "citewatch.archive.cdx-url",
                wayback.baseUrl() + "/cdx/search/cdx",
                "citewatch.archive.replay-url",
                wayback.baseUrl() + "/web/",
                "citewatch.archive.pause-on-429",
                "1s",
                "citewatch.archive.max-429-pause",
                "1s");
    }

    /** The fixture pages with the stub hosts filled in. */
    private Path corpus() throws IOException {
        Path target = Files.createDirectories(dir.resolve("pages"));
        for (String name : new String[] {"zhwiki-summit.xml", "psi-notes.wiki"}) {
            String text = fixture(name)
                    .replace("{alive}", aliveBase())
                    .replace("{mofa}", mofaBase())
                    .replace("{dead}", deadBase());
            Files.writeString(target.resolve(name), text, StandardCharsets.UTF_8);
        }
        return target;
    }

    private static String fixture(String name) {
        try (InputStream in =
                RealWorldVerdictsEndToEndTest.class.getResourceAsStream("/fixtures/job/verdicts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void auditsSeedShapedPagesAsTheirEditorsWouldExpect() throws Exception {
        Path pages = corpus();
        try (AuditHarness harness = AuditHarness.start(dir, databases.at(database, dir), settings())) {

            AuditOutcome outcome = harness.audit(pages);

            // the mofa-shaped citation: the capture from before its {{Dead link}} date, a zh fix

            AuditReport report = harness.report(outcome.runId());
            LinkReport link = link(report, "nss/overview");
            CitationReport citation = link.citations().get(0);
            assertThat(link.verdict()).isEqualTo(Verdict.DEAD);
            assertThat(link.reason())
                    .as("issue 10: a deep link sent to the home page at /eng/index.do is gone")
                    .isEqualTo(Reason.REDIRECT_TO_HOME);
            assertThat(citation.snapshot().timestamp())
                    .as("issue 10: the capture before {{Dead link|date=2018年6月}}, not the later one")
                    .isEqualTo(Instant.parse("2016-03-02T10:15:00Z"));
            assertThat(citation.target().basis()).isEqualTo(SnapshotTarget.Basis.DEAD_LINK_TAG);
            assertThat(link.archive()).isEqualTo(citation.snapshot());
            assertThat(FixSuggestion.forCitation(link, citation))
                    .as("issue 10: a zh page gets a zh date")
                    .contains("{{webarchive|url=" + wayback.baseUrl() + "/web/20160302101500/" + mofaUrl()
                            + "|date=2016年3月2日}}");

            JsonNode json = JsonMapper.builder()
                    .build()
                    .readTree(dir.resolve("reports/report.json").toFile());
            JsonNode cited = linkNode(json, "nss/overview").get("citations").get(0);
            assertThat(cited.get("snapshotTarget").get("basis").asString()).isEqualTo("dead-link-tag");
            assertThat(cited.get("fix").asString()).contains("|date=2016年3月2日}}");
            // the rows are on the document pages beside report.html (issue 13)
            assertThat(htmlReport(dir.resolve("reports")))
                    .contains("821 days before the {{dead link}} date 2018-06")
                    .doesNotContain("before access");

            // a citation tagged dead that answers: its own problem, with its snapshot

            LinkReport tagged = link(report, "joint.htm");
            CitationReport taggedCitation = tagged.citations().get(0);
            assertThat(tagged.verdict()).isEqualTo(Verdict.ALIVE);
            assertThat(taggedCitation.target().basis())
                    .as("the citation's date= is earlier than the day before its tag")
                    .isEqualTo(SnapshotTarget.Basis.CITATION_DATE);
            assertThat(taggedCitation.snapshot().timestamp())
                    .as("the archive step still looks up a snapshot for a tagged citation that answers")
                    .isEqualTo(Instant.parse("2009-06-01T00:00:00Z"));
            JsonNode taggedJson = linkNode(
                            JsonMapper.builder()
                                    .build()
                                    .readTree(dir.resolve("reports/report.json").toFile()),
                            "joint.htm")
                    .get("citations")
                    .get(0);
            assertThat(taggedJson.get("problem").asString()).isEqualTo("tagged-dead-alive");
            assertThat(taggedJson.get("readings").asString()).contains("6 days after the citation's date");

            // an English page under {{Use dmy dates}}: the capture before its date=, a dmy fix

            LinkReport dmy = link(report, "anniversary");
            CitationReport dmyCitation = dmy.citations().get(0);
            assertThat(dmyCitation.snapshot().timestamp()).isEqualTo(Instant.parse("2009-05-20T12:00:00Z"));
            assertThat(FixSuggestion.forCitation(dmy, dmyCitation))
                    .hasValueSatisfying(fix -> assertThat(fix).contains("|archive-date=20 May 2009 |url-status=dead"));
            assertThat(harness.jdbc()
                            .queryForList(
                                    "SELECT language || ':' || date_style FROM cw_document ORDER BY name",
                                    String.class))
                    .as("the dump page's language from its siteinfo; the file's unknown, its style from the page")
                    .containsExactly(null, "zh:CJK");
        }
    }

    private static LinkReport link(AuditReport report, String urlPart) {
        return report.links().stream()
                .filter(l -> l.url().contains(urlPart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link with " + urlPart));
    }

    private static JsonNode linkNode(JsonNode report, String urlPart) {
        for (JsonNode link : report.get("links")) {
            if (link.get("url").asString().contains(urlPart)) {
                return link;
            }
        }
        throw new AssertionError("no link with " + urlPart + " in report.json");
    }

    /** report.html and its document pages, as one text. */
    private static String htmlReport(Path reports) throws java.io.IOException {
        StringBuilder html = new StringBuilder(Files.readString(reports.resolve("report.html")));
        try (var pages = Files.list(reports.resolve("report"))) {
            for (Path page : pages.sorted().toList()) {
                html.append(Files.readString(page));
            }
        }
        return html.toString();
    }
}
