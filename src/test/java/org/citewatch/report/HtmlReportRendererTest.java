package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page's structure and escaping, parsed as a browser would; the browser test runs it. */
class HtmlReportRendererTest {

    @Test
    void hasOneScriptOnlyAndNoExternalResource() throws Exception {
        Document page = Jsoup.parse(render());

        assertThat(page.select("script"))
                .as("the page's own script only; none from the data")
                .hasSize(1);
        assertThat(page.select("[src]")).as("nothing loaded from anywhere").isEmpty();
        assertThat(page.select("link[rel=stylesheet]")).isEmpty();
        assertThat(page.select("*").stream()
                        .flatMap(e -> e.attributes().asList().stream())
                        .filter(a -> a.getKey().startsWith("on")))
                .as("no event handler attributes")
                .isEmpty();
    }

    @Test
    void showsHostileTitlesUrlsAndDocumentNamesAsText() throws Exception {
        Document page = Jsoup.parse(render());

        assertThat(page.text())
                .contains(
                        SampleReport.SCRIPT_TITLE,
                        SampleReport.SCRIPT_EVIDENCE,
                        SampleReport.HOSTILE_DOC,
                        "unexpected end of <script>alert(1)</script>",
                        "首尔特别市 — 「ソウル」");
        assertThat(page.select("img")).isEmpty();
        Element scriptLink = page.select("a").stream()
                .filter(a -> a.attr("href").equals(SampleReport.SCRIPT_URL))
                .findFirst()
                .orElseThrow();
        assertThat(scriptLink.text()).isEqualTo(SampleReport.SCRIPT_URL);
    }

    /** Issue 14: a document read from a live wiki is named by the page's address, which the heading links. */
    @Test
    void linksTheHeadingOfAWikiPageToThePage() throws Exception {
        String page = "https://zh.wikipedia.org/wiki/核安全峰會";
        AuditReport report = ReportFixtures.reportOf(
                1,
                java.util.List.of(ReportFixtures.dead(
                        "http://gone.example/",
                        ReportFixtures.cite(page, 3, 5, "http://gone.example/", "cite web", "T", null, null, false))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportRenderer().render(ReportModel.of(report), out);

        Element heading = Jsoup.parse(out.toString(StandardCharsets.UTF_8)).selectFirst("section.doc h2 a");

        assertThat(heading).isNotNull();
        assertThat(heading.attr("href")).isEqualTo(page);
        assertThat(heading.text()).isEqualTo(page);
    }

    @Test
    void linksOnlyHttpUrls() throws Exception {
        Document page = Jsoup.parse(render());

        assertThat(page.select("a[href]")).isNotEmpty().allSatisfy(a -> {
            assertThat(a.attr("href")).matches("https?://.*");
            assertThat(a.attr("rel")).contains("noopener", "noreferrer");
        });
        assertThat(page.text()).as("a javascript: URL is shown, as text").contains(SampleReport.JAVASCRIPT_URL);
    }

    @Test
    void carriesStrictContentSecurityPolicyMatchingItsScriptAndStyle() throws Exception {
        Document page = Jsoup.parse(render());

        String csp =
                page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp)
                .contains("default-src 'none'", "base-uri 'none'")
                .contains("script-src '" + sha256(page.selectFirst("script").data()) + "'")
                .contains("style-src '" + sha256(page.selectFirst("style").data()) + "'");
    }

    @Test
    void groupsRowsByDocumentWithProblemsFirst() throws Exception {
        Document page = Jsoup.parse(render());

        assertThat(page.select("section.doc")).hasSize(3);
        Element seoul = page.select("section.doc").stream()
                .filter(s -> s.selectFirst("h2").ownText().equals(SampleReport.SEOUL))
                .findFirst()
                .orElseThrow();
        assertThat(seoul.select("tr.row").stream()
                        .map(tr -> tr.className().replace("row ", ""))
                        .toList())
                .containsExactly(
                        "k-dead-unarchived",
                        "k-dead-fallback",
                        "k-bad-archive",
                        "k-unknown",
                        "k-dead-archived",
                        "k-none",
                        "k-none");
        assertThat(seoul.select("tr.row").first().selectFirst("td").text()).isEqualTo("12:5");
    }

    @Test
    void eachRowHasTheFindingsAndACopyableFix() throws Exception {
        Document page = Jsoup.parse(render());

        Element news = page.select("tr.row").stream()
                .filter(tr -> tr.text().contains(SampleReport.NEWS + " "))
                .findFirst()
                .orElseThrow();
        assertThat(news.text())
                .contains(
                        "Dead",
                        "SOFT_404",
                        "200",
                        "title: Page not found",
                        "2009-05-30",
                        "wayback-cdx",
                        "3 days before the access date");
        assertThat(news.select(".hist .dot")).hasSize(3);
        assertThat(news.selectFirst(".fix code").text())
                .isEqualTo("|archive-url=" + SampleReport.NEWS_SNAPSHOT + " |archive-date=2009-05-30 |url-status=dead");
        assertThat(news.select(".fix button.copy")).hasSize(1);
    }

    @Test
    void drawsTheTrendAsInlineSvg() throws Exception {
        Document page = Jsoup.parse(render());

        assertThat(page.select(".trend svg polyline")).hasSize(2);
        assertThat(page.select(".trend svg circle")).hasSize(8);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // only plain http(s) becomes a link
                "https://example.org/a;       true",
                "HTTP://EXAMPLE.ORG/;         true",
                "javascript:alert(1);         false",
                "JaVaScRiPt:alert(1);         false",
                "data:text/html,<script>;     false",
                "vbscript:msgbox(1);          false",
                "//evil.example/;             false",
                // browsers strip whitespace and controls, which could hide a scheme
                "java\tscript:alert(1);       false",
                "https://a.example/ b;        false"
            })
    void allowsOnlyHttpHrefs(String url, boolean allowed) {
        assertThat(Html.safeHref(url.replace("\\t", "\t")).isPresent()).isEqualTo(allowed);
    }

    @Test
    void escapesEveryHtmlSignificantCharacter() {
        assertThat(Html.text("<a href='x' title=\"y\">&`</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&#96;&lt;/a&gt;");
    }

    static String render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportRenderer().render(ReportModel.of(SampleReport.report()), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String sha256(String content) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(hash);
    }
}
