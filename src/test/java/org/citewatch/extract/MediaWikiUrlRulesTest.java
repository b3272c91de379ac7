package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.extract.Wikitext.citations;
import static org.citewatch.extract.Wikitext.only;
import static org.citewatch.extract.Wikitext.urls;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, item 2: MediaWiki's own rules for URLs, each case written from the behaviour its parser
 * documents (our own text, not its test files).
 */
class MediaWikiUrlRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a wikilink whose target starts with a URL protocol is no wikilink: the inner [url] is a link
            "See [[http://example.com]] here."             | http://example.com         |
            "See [[https://example.com/a b]] here."        | https://example.com/a      | b
            # protocol-relative, with text
            "See [[//example.com/path Text]] here."        | //example.com/path         | Text
            # any case of the scheme, as MediaWiki compares protocols without case
            "[[HTTP://example.com/x]]"                     | HTTP://example.com/x       |
            """)
    void readsAnExternalLinkInsideDoubleBrackets(String wikitext, String url, String title) {
        Citation citation = only(wikitext);

        assertThat(citation.url()).isEqualTo(url);
        assertThat(citation.template()).isEqualTo("bracketed");
        assertThat(citation.title()).isEqualTo(title);
    }

    @Test
    void stillSkipsTheTargetOfAnOrdinaryWikilink() {
        assertThat(citations("[[Page:http://example.com|see]] [[Help:Links]]")).isEmpty();
    }

    @Test
    void findsAFreeUrlAfterDoubleBracketsThatNeverClose() {
        assertThat(urls("[[http://example.com/x and text")).containsExactly("http://example.com/x");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # numeric references decode: &#61; is =, &#x5B; and &#x5D; are [ and ] (then percent-encoded)
            http://example.com/?foo&#61;bar                        | http://example.com/?foo=bar
            http://example.com/index.php?x&#x5B;&#x5D;=1           | http://example.com/index.php?x%5B%5D=1
            # named references, HTML5 ones included: &vert; is | (percent-encoded in a URL)
            http://example.com/a&vert;b                            | http://example.com/a%7Cb
            # characters that IDNs ignore vanish from the host, as MediaWiki strips them
            http://e&zwnj;xample.com/                              | http://example.com/
            http://exa&shy;mple.com/a&zwnj;b                       | http://example.com/a%E2%80%8Cb
            """)
    void decodesCharacterReferencesInsideUrls(String written, String normalized) {
        Citation citation = only("Text " + written + " more.");

        assertThat(citation.url()).as("the URL as written").isEqualTo(written);
        assertThat(citation.normalizedUrl()).isEqualTo(normalized);
    }

    @Test
    void decodesACharacterReferenceForAPipeInsideATemplateArgument() {
        Citation citation = only("{{cite web|url=http://example.com/a&#124;b|title=T}}");

        assertThat(citation.normalizedUrl()).isEqualTo("http://example.com/a%7Cb");
        assertThat(citation.title()).isEqualTo("T");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # <noinclude> and <onlyinclude> tags vanish on the page itself, their content stays
            "http://example.com/<noinclude>page</noinclude>.html x"       | http://example.com/page.html
            "[http://example.com/<onlyinclude>a</onlyinclude>b T]"        | http://example.com/ab
            # <includeonly> content is not on the page at all
            "http://example.com/a<includeonly>/secret</includeonly>/b x"  | http://example.com/a/b
            "{{cite web|url=http://example.com/<noinclude>c</noinclude>|title=T}}" | http://example.com/c
            """)
    void readsUrlsAsThePageShowsThemAroundInclusionTags(String wikitext, String url) {
        Citation citation = only(wikitext);

        assertThat(citation.url()).isEqualTo(url);
        assertThat(citation.normalizedUrl()).isEqualTo(url);
    }

    @Test
    void hidesTheRestOfThePageBehindAnUnclosedIncludeonly() {
        Extraction extraction = Wikitext.extract("http://a.org/ <includeonly>http://b.org/");

        assertThat(extraction.citations()).extracting(Citation::url).containsExactly("http://a.org/");
        assertThat(extraction.warnings()).anyMatch(w -> w.message().contains("includeonly"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a free URL in an image caption, and in alt=
            "[[File:Map.png|thumb|Source: http://maps.example.org/seoul]]"            | http://maps.example.org/seoul
            "[[File:Map.png|thumb|alt=Map from http://maps.example.org/alt|Caption]]" | http://maps.example.org/alt
            "[[Image:Map.png|right|[http://maps.example.org/b Maps] 2010]]"          | http://maps.example.org/b
            """)
    void findsUrlsInImageCaptionsAndAltText(String wikitext, String url) {
        assertThat(urls(wikitext)).containsExactly(url);
    }

    @Test
    void readsAPageOfUnclosedLinksInLinearTime() {
        // a hostile page: every [[a| searches for its ]] until the budget of a few passes is spent
        String page = "[[a|".repeat(200_000) + " http://end.example.org/x";

        long started = System.nanoTime();
        List<String> found = urls(page);

        assertThat(found).containsExactly("http://end.example.org/x");
        assertThat(System.nanoTime() - started)
                .as("800 kB of unclosed links must not take quadratic time")
                .isLessThan(20_000_000_000L);
    }

    @Test
    void endsAFreeUrlAtThePipeOfATemplateArgument() {
        List<Citation> found = citations("{{Quote|text=See http://example.com/a|source=http://example.com/b}}");

        assertThat(found).extracting(Citation::url).containsExactly("http://example.com/a", "http://example.com/b");
    }

    @Test
    void keepsAPipeInAFreeUrlOutsideTemplates() {
        assertThat(urls("See http://example.com/a|b now")).containsExactly("http://example.com/a|b");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "==http://x.example.org=="                 | http://x.example.org
            "=== See http://x.example.org/a ===\\ntext" | http://x.example.org/a
            """)
    void readsAFreeUrlInAHeadingWithoutTheEqualsSigns(String wikitext, String url) {
        assertThat(urls(wikitext.replace("\\n", "\n"))).containsExactly(url);
    }

    @Test
    void readsTagRefLikeARefWithItsName() {
        // issue 12, item 3: {{#tag:ref|...|name=...}} is <ref name=...>...</ref>
        List<Citation> found =
                citations("Text{{#tag:ref|{{cite web|url=http://a.org/|title=A}} {{dead link}}|name=\"nss\"}}"
                        + " again<ref name=nss/> and {{#tag:ref||name=nss}}");

        assertThat(found).hasSize(1);
        Citation citation = found.get(0);
        assertThat(citation.refName()).isEqualTo("nss");
        assertThat(citation.uses())
                .as("defined once, reused by a tag and by an empty #tag:ref")
                .isEqualTo(3);
        assertThat(citation.markedDead()).as("tags in the same ref attach").isTrue();
    }

    @Test
    void readsTheWholeFirstArgumentOfTagRefAsItsContentEvenWithAnEqualsSign() {
        Citation citation = only("{{#tag:ref|[http://a.org/?x=1 A]|group=note}}");

        assertThat(citation.url()).isEqualTo("http://a.org/?x=1");
        assertThat(citation.refName()).isNull();
    }

    @Test
    void keepsTagRefsOfDifferentGroupsApart() {
        Citation citation = only("{{#tag:ref|[http://a.org/ A]|name=x|group=note}}<ref name=x/>");

        assertThat(citation.uses())
                .as("a reuse in another group is another ref")
                .isEqualTo(1);
    }
}
