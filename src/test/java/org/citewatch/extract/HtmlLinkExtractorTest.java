package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class HtmlLinkExtractorTest {

    private final HtmlLinkExtractor extractor = new HtmlLinkExtractor();

    private static Document html(String text) {
        return new Document("page.html", "page.html", null, DocumentFormat.HTML, text, 1, null, null);
    }

    @Test
    void findsExternalLinksWithTheLineAndColumnOfTheirHref() {
        Extraction extraction = extractor.extract(html("""
                <html><body>
                <p>See <a href="https://example.org/report">the report</a>
                  and <a class=x href=http://example.com/data>data</a>.</p>
                </body></html>
                """));

        assertThat(extraction.citations())
                .extracting(Citation::url, Citation::line, Citation::column)
                .containsExactly(tuple("https://example.org/report", 2, 17), tuple("http://example.com/data", 3, 23));
    }

    @Test
    void takesTheLinkTextAsTitleAndHtmlAsTemplate() {
        Citation citation = extractor
                .extract(html("<a href='https://example.org/'> The <b>annual</b> report </a>"))
                .citations()
                .get(0);

        assertThat(citation.title()).isEqualTo("The annual report");
        assertThat(citation.template()).isEqualTo("html");
        assertThat(citation.param()).isNull();
        assertThat(citation.document()).isEqualTo("page.html");
    }

    @Test
    void leavesTheTitleEmptyForALinkWithoutText() {
        Citation citation = extractor
                .extract(html("<a href='https://example.org/'><img src=x.png></a>"))
                .citations()
                .get(0);

        assertThat(citation.title()).isNull();
    }

    @Test
    void keepsProtocolRelativeLinksAsHttps() {
        Citation citation = extractor
                .extract(html("<a href='//example.org/path'>x</a>"))
                .citations()
                .get(0);

        assertThat(citation.url()).isEqualTo("//example.org/path");
        assertThat(citation.normalizedUrl()).startsWith("https://example.org/path");
        assertThat(citation.checkable()).isTrue();
    }

    @Test
    void ignoresRelativeAndFragmentLinks() {
        Extraction extraction = extractor.extract(html("""
                <a href="#notes">notes</a>
                <a href="other.html">other</a>
                <a href="/wiki/Seoul">Seoul</a>
                <a href="?page=2">next</a>
                <a href="">empty</a>
                <a name="anchor">no href</a>
                """));

        assertThat(extraction.citations())
                .as("links into the same site are not citations")
                .isEmpty();
    }

    @Test
    void keepsLinksOfOtherSchemesAsSkipped() {
        Extraction extraction = extractor.extract(
                html("<a href='mailto:press@example.org'>mail</a> <a href='ftp://example.org/f'>file</a>"));

        assertThat(extraction.citations())
                .extracting(Citation::url, Citation::skipReason)
                .containsExactly(
                        tuple("mailto:press@example.org", "UNSUPPORTED_SCHEME"),
                        tuple("ftp://example.org/f", "UNSUPPORTED_SCHEME"));
    }

    @Test
    void decodesEntitiesInTheHref() {
        Citation citation = extractor
                .extract(html("<a href='https://example.org/?a=1&amp;b=2'>x</a>"))
                .citations()
                .get(0);

        assertThat(citation.url()).isEqualTo("https://example.org/?a=1&b=2");
    }

    @Test
    void ignoresLinksInsideComments() {
        Extraction extraction = extractor.extract(html("<!-- <a href='https://example.org/old'>old</a> -->"));

        assertThat(extraction.citations()).isEmpty();
    }
}
