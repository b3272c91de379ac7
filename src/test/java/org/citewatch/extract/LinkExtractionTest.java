package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.extract.Wikitext.citations;
import static org.citewatch.extract.Wikitext.only;
import static org.citewatch.extract.Wikitext.urls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkExtractionTest {

    @Test
    void findsABracketedLinkWithItsTitle() {
        Citation citation = only("*[http://www.example.org/psi/34726.htm  美國國務院「倡議」網頁] more");

        assertThat(citation.template()).isEqualTo("bracketed");
        assertThat(citation.url()).isEqualTo("http://www.example.org/psi/34726.htm");
        assertThat(citation.title()).isEqualTo("美國國務院「倡議」網頁");
        assertThat(citation.column()).isEqualTo(3);
        assertThat(citation.param()).isNull();
    }

    @Test
    void findsABracketedLinkWithoutTitle() {
        Citation citation = only("See [http://example.org/a].");

        assertThat(citation.url()).isEqualTo("http://example.org/a");
        assertThat(citation.title()).isNull();
    }

    @Test
    void readsAWikilinkInsideABracketedLinksText() {
        Citation citation = only("[http://example.org/a Report on [[核安全峰會|the summit]] 2010] after");

        assertThat(citation.title()).isEqualTo("Report on [[核安全峰會|the summit]] 2010");
    }

    @Test
    void keepsTrailingPunctuationInsideBrackets() {
        assertThat(urls("[http://example.org/a.b. dots]")).containsExactly("http://example.org/a.b.");
    }

    @Test
    void readsAProtocolRelativeBracketedLinkAsHttps() {
        Citation citation = only("[//example.org/path?q=1 Title]");

        assertThat(citation.url()).isEqualTo("//example.org/path?q=1");
        assertThat(citation.normalizedUrl()).isEqualTo("https://example.org/path?q=1");
        assertThat(citation.checkable()).isTrue();
    }

    @Test
    void doesNotTakeAProtocolRelativePathInTextForALink() {
        assertThat(citations("a //example.org/path b")).isEmpty();
    }

    @Test
    void readsAnUnclosedBracketAsTextBeforeABareUrl() {
        Citation citation = only("[http://example.org/a no closing bracket\nnext line]");

        assertThat(citation.template()).isEqualTo("bare");
        assertThat(citation.url()).isEqualTo("http://example.org/a");
    }

    @Test
    void findsABareUrlAtItsPosition() {
        Citation citation = only("第一行\n見 http://example.org/page 。");

        assertThat(citation.template()).isEqualTo("bare");
        assertThat(citation.line()).isEqualTo(2);
        assertThat(citation.column()).isEqualTo(3);
        assertThat(citation.title()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # trailing , . ; : ! ? are not part of a bare URL
            "See http://example.org/a, then."                    | http://example.org/a
            "End http://example.org/a."                          | http://example.org/a
            "Really http://example.org/a?!"                      | http://example.org/a
            "List http://example.org/a; then"                    | http://example.org/a
            # an unbalanced ) is not part of it; a balanced one is
            "(see http://example.org/a)"                         | http://example.org/a
            "(see http://example.org/F_(b))"                     | http://example.org/F_(b)
            "(http://example.org/F_(b)_(c).)"                    | http://example.org/F_(b)_(c)
            # it stops at whitespace, ideographic space, <, >, quotes, brackets
            "http://example.org/a　全角空格"                         | http://example.org/a
            "http://example.org/a<br />"                         | http://example.org/a
            "x http://example.org/a>b"                           | http://example.org/a
            "x http://example.org/a]b"                           | http://example.org/a
            # italics, wikilinks and templates end it
            "''http://example.org/a''"                           | http://example.org/a
            "http://example.org/a[[Link]]"                       | http://example.org/a
            "http://example.org/a{{dead link}}"                  | http://example.org/a
            # inside a template a | ends it
            "{{small|http://example.org/a|2=x}}"                 | http://example.org/a
            # outside templates a | is part of it
            "http://example.org/a|b"                             | "http://example.org/a|b"
            # entities that end a link
            "http://example.org/a&lt;b"                          | http://example.org/a
            # Chinese punctuation right after a URL is not a URL character only when it is a space
            "http://example.org/a，逗号"                            | http://example.org/a，逗号
            # scheme case does not matter
            "HTTPS://Example.org/A"                              | HTTPS://Example.org/A
            """)
    void endsABareUrlWhereMediaWikiDoes(String text, String url) {
        Citation citation = only(text);

        assertThat(citation.url()).isEqualTo(url);
        assertThat(citation.template()).isEqualTo("bare");
    }

    @Test
    void endsABareUrlAtAQuote() {
        assertThat(urls("x http://example.org/a\"quoted\"")).containsExactly("http://example.org/a");
    }

    @Test
    void doesNotLinkAUrlGluedToAPrecedingWordAsMediaWikiDoes() {
        assertThat(citations("abchttp://example.org/ 中文http://example.org/ 1http://example.org/"))
                .as("MediaWiki's \\b before a free link is Unicode-aware")
                .isEmpty();
    }

    @Test
    void ignoresASchemeWithNothingAfterIt() {
        assertThat(citations("Use http:// or https:// to start a link.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # other schemes are citations that are not checked
            "[ftp://ftp.example.org/pub/file.txt the file]"   | ftp://ftp.example.org/pub/file.txt | UNSUPPORTED_SCHEME
            "write to mailto:someone@example.org today"       | mailto:someone@example.org         | UNSUPPORTED_SCHEME
            "[irc://irc.libera.chat/wikipedia channel]"       | irc://irc.libera.chat/wikipedia    | UNSUPPORTED_SCHEME
            "{{cite web|url=news:comp.lang.java}}"            | news:comp.lang.java                | UNSUPPORTED_SCHEME
            # a URL parameter that is no URL is kept as malformed
            "{{cite web|url=www.example.org/page}}"           | www.example.org/page               | MALFORMED_URL
            "[http://exa_mple..org:99x/ bad port]"            | http://exa_mple..org:99x/          | MALFORMED_URL
            """)
    void keepsNonHttpAndMalformedUrlsWithASkipReason(String text, String url, String reason) {
        Citation citation = only(text);

        assertThat(citation.url()).isEqualTo(url);
        assertThat(citation.skipReason()).isEqualTo(reason);
        assertThat(citation.normalizedUrl())
                .as("a skipped URL is kept as written")
                .isEqualTo(url);
    }

    @Test
    void doesNotCountWikilinksAsCitations() {
        assertThat(citations("[[英語|英語]] [[Category:军事学|Category:军事学]] [[:en:Nuclear Security Summit]]"
                        + " [[File:Map.png|thumb|A map]]"))
                .isEmpty();
    }

    @Test
    void findsLinksInAWikilinkCaption() {
        assertThat(urls("[[File:Map.png|thumb|Source: [http://example.org/map the map]]]"))
                .containsExactly("http://example.org/map");
    }

    @Test
    void doesNotLinkUrlsInsideHtmlAttributes() {
        assertThat(urls("<span title=\"http://example.org/hidden\">text</span> http://example.org/shown"))
                .containsExactly("http://example.org/shown");
    }

    @Test
    void decodesEntitiesOnlyInTheNormalizedUrl() {
        Citation citation = only("[http://example.org/?a=1&amp;b=2 T]");

        assertThat(citation.url()).as("as written").isEqualTo("http://example.org/?a=1&amp;b=2");
        assertThat(citation.normalizedUrl()).isEqualTo("http://example.org/?a=1&b=2");
    }

    @Test
    void reportsColumnsInUtf16UnitsAfterChineseText() {
        Citation citation = only("核安全峰會[http://example.org/ x]");

        assertThat(citation.column()).isEqualTo(7);
    }
}
