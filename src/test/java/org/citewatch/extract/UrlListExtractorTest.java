package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlListExtractorTest {

    private final UrlListExtractor extractor = new UrlListExtractor();

    private static Document list(String text) {
        return new Document("urls.txt", "urls.txt", null, DocumentFormat.URL_LIST, text, 1, null, null);
    }

    @Test
    void makesEachLineACitationWithItsLineNumber() {
        Extraction extraction = extractor.extract(list("https://example.org/a\nhttp://example.org/b\n"));

        assertThat(extraction.citations())
                .extracting(Citation::url, Citation::line, Citation::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("https://example.org/a", 1, 1),
                        org.assertj.core.groups.Tuple.tuple("http://example.org/b", 2, 1));
        assertThat(extraction.citations()).allSatisfy(citation -> {
            assertThat(citation.document()).isEqualTo("urls.txt");
            assertThat(citation.template()).isEqualTo("list");
            assertThat(citation.param()).isNull();
            assertThat(citation.uses()).isEqualTo(1);
            assertThat(citation.checkable()).isTrue();
        });
    }

    @Test
    void skipsCommentLinesAndBlankLines() {
        Extraction extraction = extractor.extract(
                list("# sources for the 2024 audit\n\n   \n  # indented comment\nhttps://example.org/kept\n"));

        assertThat(extraction.citations()).singleElement().satisfies(citation -> {
            assertThat(citation.url()).isEqualTo("https://example.org/kept");
            assertThat(citation.line()).isEqualTo(5);
        });
        assertThat(extraction.warnings()).isEmpty();
    }

    @Test
    void dropsACommentAfterTheUrlButKeepsAFragment() {
        Extraction extraction = extractor.extract(list("https://example.org/page#section   # the press release"));

        assertThat(extraction.citations())
                .singleElement()
                .extracting(Citation::url)
                .isEqualTo("https://example.org/page#section");
        assertThat(extraction.warnings()).isEmpty();
    }

    @Test
    void givesTheColumnOfAnIndentedUrl() {
        Citation citation =
                extractor.extract(list("\t  https://example.org/")).citations().get(0);

        assertThat(citation.column()).isEqualTo(4);
    }

    @Test
    void readsWindowsLineEndings() {
        Extraction extraction = extractor.extract(list("https://example.org/a\r\nhttps://example.org/b\r\n"));

        assertThat(extraction.citations())
                .extracting(Citation::url)
                .containsExactly("https://example.org/a", "https://example.org/b");
    }

    @Test
    void warnsAboutTextAfterTheUrl() {
        Extraction extraction = extractor.extract(list("https://example.org/a and more"));

        assertThat(extraction.citations()).hasSize(1);
        assertThat(extraction.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.document()).isEqualTo("urls.txt");
            assertThat(warning.line()).isEqualTo(1);
        });
    }

    @Test
    void keepsAUrlOfAnotherSchemeAsSkipped() {
        Citation citation = extractor
                .extract(list("ftp://example.org/file.zip"))
                .citations()
                .get(0);

        assertThat(citation.checkable()).isFalse();
        assertThat(citation.skipReason()).isEqualTo("UNSUPPORTED_SCHEME");
    }
}
