package org.citewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pages' structure and escaping, parsed as a browser would; the browser test runs them. */
class HtmlReportRendererTest {

    @TempDir
    Path dir;

    @Test
    void hasOneScriptOnlyAndNoExternalResourceOnEveryPage() throws Exception {
        assertThat(pages(SampleReport.report())).hasSize(4).allSatisfy(page -> {
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
            assertThat(page.select("img")).isEmpty();
        });
    }

    @Test
    void showsHostileTitlesUrlsAndDocumentNamesAsText() throws Exception {
        String text = String.join(
                "\n", pages(SampleReport.report()).stream().map(Document::text).toList());

        assertThat(text)
                .contains(
                        SampleReport.SCRIPT_TITLE,
                        SampleReport.SCRIPT_EVIDENCE,
                        SampleReport.HOSTILE_DOC,
                        "unexpected end of <script>alert(1)</script>",
                        "首尔特别市 — 「ソウル」");
        Element scriptLink = pages(SampleReport.report()).stream()
                .flatMap(page -> page.select("a").stream())
                .filter(a -> a.attr("href").equals(SampleReport.SCRIPT_URL))
                .findFirst()
                .orElseThrow();
        assertThat(scriptLink.text()).isEqualTo(SampleReport.SCRIPT_URL);
    }

    @Test
    void keepsHostileValuesInsideTheirAttributes() throws Exception {
        Document index = index(SampleReport.report());

        Element hostile = index.select("tr.docrow").stream()
                .filter(row -> row.selectFirst("a").text().equals(SampleReport.HOSTILE_DOC))
                .findFirst()
                .orElseThrow();
        assertThat(hostile.attributes().asList())
                .extracting(attribute -> attribute.getKey())
                .containsExactly("class", "data-problems", "data-kinds", "data-urls", "data-pages");
        assertThat(index.select("tr.docrow").stream().map(row -> row.attr("data-urls")))
                .anySatisfy(urls -> assertThat(urls).contains(SampleReport.SCRIPT_URL));
    }

    /** Issue 14: a document read from a live wiki is named by the page's address, which the heading links. */
    @Test
    void linksTheHeadingOfAWikiPageToThePage() throws Exception {
        String page = "https://zh.wikipedia.org/wiki/核安全峰會";
        AuditReport report = ReportFixtures.reportOf(
                1,
                List.of(ReportFixtures.dead(
                        "http://gone.example/",
                        ReportFixtures.cite(page, 3, 5, "http://gone.example/", "cite web", "T", null, null, false))));

        Element heading = documentPages(report).get(0).selectFirst("h1.doc-title a");

        assertThat(heading).isNotNull();
        assertThat(heading.attr("href")).isEqualTo(page);
        assertThat(heading.text()).isEqualTo(page);
    }

    @Test
    void linksOnlyHttpUrls() throws Exception {
        List<Document> documents = documentPages(SampleReport.report());

        assertThat(documents.stream().flatMap(page -> page.select("tr.row a[href]").stream()))
                .isNotEmpty()
                .allSatisfy(a -> {
                    assertThat(a.attr("href")).matches("https?://.*");
                    assertThat(a.attr("rel")).contains("noopener", "noreferrer");
                });
        assertThat(documents.stream().map(Document::text))
                .as("a javascript: URL is shown, as text")
                .anySatisfy(text -> assertThat(text).contains(SampleReport.JAVASCRIPT_URL));
    }

    @Test
    void carriesStrictContentSecurityPolicyMatchingItsScriptAndStyleOnEveryPage() throws Exception {
        assertThat(pages(SampleReport.report())).allSatisfy(page -> {
            String csp =
                    page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertThat(csp)
                    .contains("default-src 'none'", "base-uri 'none'")
                    .contains("script-src '" + sha256(page.selectFirst("script").data()) + "'")
                    .contains("style-src '" + sha256(page.selectFirst("style").data()) + "'");
        });
    }

    @Test
    void listsEveryDocumentInTheIndexWithItsProblemCountsAndPage() throws Exception {
        Document index = index(SampleReport.report());

        assertThat(index.select("tr.docrow")).hasSize(3);
        assertThat(index.select("tr.row")).as("no citation rows on the index").isEmpty();
        Element seoul = index.select("tr.docrow").stream()
                .filter(row -> row.selectFirst("a").text().equals(SampleReport.SEOUL))
                .findFirst()
                .orElseThrow();
        assertThat(seoul.attr("data-problems")).isEqualTo("4");
        assertThat(seoul.attr("data-kinds")).isEqualTo("dead-unarchived dead-fallback bad-archive unknown");
        // one column per problem kind, whatever kinds exist
        List<String> headers =
                index.select("table.docs th").stream().map(Element::text).toList();
        List<String> cells = seoul.select("td").stream().map(Element::text).toList();
        assertThat(headers).hasSameSizeAs(cells);
        for (ProblemKind kind : ProblemKind.values()) {
            assertThat(headers.contains(kind.label())).as(kind.name()).isEqualTo(kind.isProblem());
        }
        assertThat(cells.get(headers.indexOf("Problems"))).isEqualTo("4");
        assertThat(cells.get(headers.indexOf(ProblemKind.BAD_ARCHIVE.label()))).isEqualTo("1");
        assertThat(cells.get(headers.indexOf(ProblemKind.TAGGED_DEAD_ALIVE.label())))
                .isEqualTo("0");
        assertThat(cells.get(headers.indexOf("Citations"))).isEqualTo("7");
        Path page = Path.of(dir.toUri().resolve(seoul.selectFirst("a").attr("href")));
        assertThat(page).as("the link leads to the document's page").exists();
        assertThat(Jsoup.parse(page.toFile()).selectFirst("h1.doc-title").text())
                .isEqualTo(SampleReport.SEOUL);
    }

    @Test
    void groupsRowsByDocumentWithProblemsFirst() throws Exception {
        Document seoul = documentPages(SampleReport.report()).stream()
                .filter(page -> page.selectFirst("h1.doc-title").text().equals(SampleReport.SEOUL))
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
        assertThat(seoul.selectFirst("a.back").attr("href")).isEqualTo("../report.html");
    }

    @Test
    void eachRowHasTheFindingsAndACopyableFix() throws Exception {
        Element news = documentPages(SampleReport.report()).stream()
                .flatMap(page -> page.select("tr.row").stream())
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

    /** Issue 13: the exact change citewatch fix makes, old and new, word by word, and where its diff is. */
    @Test
    void showsTheExactChangeOfARescuedCitationWithItsWordsHighlightedAndItsDiff() throws Exception {
        AuditReport report = SampleReport.report();
        Element news = documentPages(report, SampleReport.changes(report)).stream()
                .flatMap(page -> page.select("tr.row").stream())
                .filter(tr -> tr.text().contains(SampleReport.NEWS + " "))
                .findFirst()
                .orElseThrow();

        Element fix = news.selectFirst("td.fix");
        assertThat(fix.selectFirst(".change .was").wholeText()).isEqualTo(SampleReport.NEWS_OLD);
        assertThat(fix.select("code.paste"))
                .as("the copy button's text: the new wikitext, exactly, and nothing else to copy")
                .singleElement()
                .satisfies(code -> assertThat(code.wholeText()).isEqualTo(SampleReport.NEWS_NEW));
        assertThat(fix.select("del").eachText())
                .as("removed: the dead-link tag, not the words that stay")
                .containsExactly("}}{{dead link|date=May 2020");
        assertThat(String.join("", fix.select("ins").eachText()))
                .isEqualTo("|archive-url=" + SampleReport.NEWS_SNAPSHOT + " |archive-date=2009-05-30 |url-status=dead");
        assertThat(fix.select("button.copy")).hasSize(1);
        Element diff = fix.selectFirst("a.diff");
        assertThat(diff.text()).isEqualTo("fixes/articles_Seoul.diff");
        assertThat(Path.of(dir.resolve(DocumentPages.FOLDER).toUri().resolve(diff.attr("href"))))
                .as("the link leads from the page to where citewatch fix writes the diff")
                .isEqualTo(SampleReport.FIXES.resolve("articles_Seoul.diff").toAbsolutePath());
        assertThat(fix.text()).contains("citewatch fix", "Line 20:3");
    }

    /** Issue 13: markup and quotes in a change's old and new text are shown as text, exactly. */
    @Test
    void keepsTheMarkupOfAChangeInertAndItsTextExact() throws Exception {
        AuditReport report = SampleReport.report();
        Document hostile = documentPages(report, SampleReport.changes(report)).stream()
                .filter(page -> page.selectFirst("h1.doc-title").text().equals(SampleReport.HOSTILE_DOC))
                .findFirst()
                .orElseThrow();

        Element fix = hostile.select("tr.row").stream()
                .filter(tr -> tr.selectFirst(".change") != null)
                .findFirst()
                .orElseThrow()
                .selectFirst("td.fix");
        assertThat(fix.selectFirst(".was").wholeText()).isEqualTo(SampleReport.HOSTILE_OLD);
        assertThat(fix.selectFirst("code.paste").wholeText()).isEqualTo(SampleReport.HOSTILE_NEW);
        assertThat(hostile.select("script")).as("the page's own script only").hasSize(1);
        assertThat(hostile.select("img")).isEmpty();
        assertThat(fix.select("*"))
                .extracting(Element::tagName)
                .as("nothing but the change's own markup")
                .containsOnly("td", "div", "del", "ins", "code", "button", "a");
    }

    @Test
    void keepsTheChangesOffTheIndex() throws Exception {
        AuditReport report = SampleReport.report();
        new ReportWriter().writeAll(report, SampleReport.changes(report), dir);

        Document index = Jsoup.parse(dir.resolve("report.html").toFile());

        assertThat(index.select(".change, del, ins, a.diff")).isEmpty();
        assertThat(Files.readString(dir.resolve("report.html"))).doesNotContain("archive-date=2009-05-30");
    }

    @Test
    void drawsTheTrendAsInlineSvg() throws Exception {
        Document index = index(SampleReport.report());

        assertThat(index.select(".trend svg polyline")).hasSize(2);
        assertThat(index.select(".trend svg circle")).hasSize(8);
        assertThat(index.select(".trend svg circle title").first().text()).startsWith("Run ");
    }

    @Test
    void replacesThePagesOfAnEarlierRun() throws Exception {
        new ReportWriter().writeAll(SampleReport.report(), dir);
        AuditReport smaller = ReportFixtures.reportOf(2, List.of(ReportFixtures.alive("https://ok.example/")));

        new ReportWriter().writeAll(smaller, dir);

        try (Stream<Path> files = Files.list(dir.resolve(DocumentPages.FOLDER))) {
            assertThat(files)
                    .as("pages of documents gone from the run are removed")
                    .hasSize(1);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("no temporary folder is left behind")
                    .noneMatch(name -> name.startsWith("."));
        }
    }

    /** Issue 13: a document of thousands of citations is split over pages, problems first. */
    @Test
    void splitsALargeDocumentOverPagesWithAPager() throws Exception {
        int rows = DocumentPages.ROWS_PER_PAGE * 2 + 7;
        new ReportWriter().writeAll(LargeReport.of(1, 1, rows), dir);

        Document index = Jsoup.parse(dir.resolve("report.html").toFile());
        Element big = index.select("tr.docrow").stream()
                .filter(row -> row.selectFirst("a").text().equals(LargeReport.BIG))
                .findFirst()
                .orElseThrow();
        String[] pages = big.attr("data-pages").split(" ");
        assertThat(pages).hasSize(3);
        assertThat(big.attr("data-urls").split("\n\n")).hasSize(3);
        assertThat(big.selectFirst("td:nth-child(2)").text())
                .as("dead and unknown: three of every ten")
                .isEqualTo(String.valueOf(java.util.stream.IntStream.range(0, rows)
                        .filter(c -> c % 10 < 3)
                        .count()));
        List<Integer> shown = new ArrayList<>();
        for (String page : pages) {
            Document document = Jsoup.parse(Path.of(dir.toUri().resolve(page)).toFile());
            shown.add(document.select("tr.row").size());
            assertThat(document.select("nav.pager a")).hasSize(2);
            assertThat(document.select("nav.pager b").text()).isEqualTo(String.valueOf(shown.size()));
        }
        assertThat(shown).containsExactly(DocumentPages.ROWS_PER_PAGE, DocumentPages.ROWS_PER_PAGE, 7);
        java.net.URI firstPage = dir.toUri().resolve(pages[0]);
        Document first = Jsoup.parse(Path.of(firstPage).toFile());
        assertThat(first.select("tr.row").first().className())
                .as("problems first")
                .contains("k-dead-unarchived");
        assertThat(Path.of(firstPage.resolve(first.select("nav.pager a").last().attr("href"))))
                .exists();
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

    private Document index(AuditReport report) throws Exception {
        new ReportWriter().writeAll(report, dir);
        return Jsoup.parse(dir.resolve("report.html").toFile());
    }

    private List<Document> documentPages(AuditReport report) throws Exception {
        return documentPages(report, WikitextChanges.none());
    }

    private List<Document> documentPages(AuditReport report, WikitextChanges changes) throws Exception {
        new ReportWriter().writeAll(report, changes, dir);
        List<Document> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve(DocumentPages.FOLDER))) {
            for (Path file : files.sorted().toList()) {
                pages.add(Jsoup.parse(file.toFile()));
            }
        }
        return pages;
    }

    /** The index, then the document pages, with the exact changes of {@link SampleReport#changes}. */
    private List<Document> pages(AuditReport report) throws Exception {
        List<Document> pages = new ArrayList<>(documentPages(report, SampleReport.changes(report)));
        pages.add(0, Jsoup.parse(dir.resolve("report.html").toFile()));
        return pages;
    }

    private static String sha256(String content) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(hash);
    }
}
