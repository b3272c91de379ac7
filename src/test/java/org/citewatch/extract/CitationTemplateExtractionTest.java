package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.extract.Wikitext.citations;
import static org.citewatch.extract.Wikitext.only;
import static org.citewatch.extract.Wikitext.urls;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationTemplateExtractionTest {

    @Test
    void fillsEveryFieldOfACiteWebCitation() {
        String text = "Intro.\n<ref name=\"nyt\">{{cite web |url=http://example.org/story |title=The Story"
                + " |access-date=2009-04-19 |archive-url=https://web.archive.org/web/20090530062757/http://example.org/story"
                + " |archive-date=30 May 2009 |url-status=dead}}</ref>";

        Citation citation = only(text);

        assertThat(citation.document()).isEqualTo(Wikitext.DOCUMENT);
        assertThat(citation.line()).isEqualTo(2);
        assertThat(citation.column()).as("column of the URL itself").isEqualTo(text.indexOf("http://") - 7 + 1);
        assertThat(citation.url()).isEqualTo("http://example.org/story");
        assertThat(citation.normalizedUrl()).isEqualTo("http://example.org/story");
        assertThat(citation.template()).isEqualTo("cite web");
        assertThat(citation.param()).isEqualTo("url");
        assertThat(citation.title()).isEqualTo("The Story");
        assertThat(citation.archiveUrl())
                .isEqualTo("https://web.archive.org/web/20090530062757/http://example.org/story");
        assertThat(citation.archiveDate().iso()).isEqualTo("2009-05-30");
        assertThat(citation.archiveDate().raw()).isEqualTo("30 May 2009");
        assertThat(citation.accessDate().iso()).isEqualTo("2009-04-19");
        assertThat(citation.markedDead()).isTrue();
        assertThat(citation.urlStatus()).isEqualTo("dead");
        assertThat(citation.deadLinkTag()).isNull();
        assertThat(citation.refName()).isEqualTo("nyt");
        assertThat(citation.uses()).isEqualTo(1);
        assertThat(citation.skipReason()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # new and old archive-url / archive-date / access-date names
            "{{cite web |url=http://a.org/ |archive-url=http://arc.org/1 |archive-date=2009-05-30 |access-date=2010-01-02}}"
            "{{cite web |url=http://a.org/ |archiveurl=http://arc.org/1 |archivedate=2009-05-30 |accessdate=2010-01-02}}"
            # MediaWiki name rules: case, underscores, extra spaces
            "{{Cite_Web | URL = http://a.org/ | Archive_URL = http://arc.org/1 | ARCHIVE-DATE = 2009-05-30 | Access Date=2010-01-02 }}"
            """)
    void readsArchiveAndAccessAliases(String text) {
        Citation citation = only(text);

        assertThat(citation.url()).isEqualTo("http://a.org/");
        assertThat(citation.archiveUrl()).isEqualTo("http://arc.org/1");
        assertThat(citation.archiveDate().iso()).isEqualTo("2009-05-30");
        assertThat(citation.accessDate().iso()).isEqualTo("2010-01-02");
    }

    @ParameterizedTest(name = "{0}={1} -> dead {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # current CS1: url-status
            url-status | dead    | true
            url-status | usurped | true
            url-status | unfit   | true
            url-status | live    | false
            # old CS1: deadurl and dead-url
            deadurl    | yes     | true
            deadurl    | no      | false
            dead-url   | yes     | true
            dead-url   | no      | false
            """)
    void readsUrlStatusAliasesAndTheirMeaning(String param, String value, boolean dead) {
        Citation citation = only("{{cite news|url=http://a.org/x|" + param + "=" + value + "}}");

        assertThat(citation.markedDead()).isEqualTo(dead);
        assertThat(citation.urlStatus()).isEqualTo(value);
    }

    @Test
    void leavesACitationWithoutStatusLive() {
        Citation citation = only("{{cite web|url=http://a.org/x|archive-url=http://arc.org/x}}");

        assertThat(citation.markedDead())
                .as("an archive alone says nothing about the original")
                .isFalse();
        assertThat(citation.urlStatus()).isNull();
    }

    @Test
    void reportsEveryUrlParameterButNotTheArchiveAsItsOwnCitation() {
        List<Citation> found = citations("{{cite book |title=Book |chapter=Ch. 3 |chapter-url=http://a.org/ch3"
                + " |url=http://a.org/book |lay-url=http://b.org/summary |transcripturl=http://c.org/t"
                + " |archive-url=http://arc.org/book |url-access=subscription}}");

        assertThat(found).extracting(Citation::param).containsExactly("chapter-url", "url", "lay-url", "transcripturl");
        assertThat(found).extracting(Citation::url).doesNotContain("http://arc.org/book");
        assertThat(found.get(0).title())
                .as("a chapter-url is titled by its chapter")
                .isEqualTo("Ch. 3");
        assertThat(found.get(1).archiveUrl()).as("the archive belongs to url").isEqualTo("http://arc.org/book");
        assertThat(found.get(0).archiveUrl()).isNull();
    }

    @Test
    void keepsTheTemplateNameAsWrittenIncludingChineseAliases() {
        assertThat(citations("{{引用网页|url=http://a.org/|title=标题}}{{Cite Journal|url=http://b.org/}}"
                        + "{{citation|url=http://c.org/}}{{引用新闻|url=http://d.org/}}"))
                .extracting(Citation::template)
                .containsExactly("引用网页", "Cite Journal", "citation", "引用新闻");
    }

    @Test
    void matchesCitationTemplatesWrittenWithTheirNamespace() {
        assertThat(citations("{{Template:Cite web|url=http://a.org/}}{{模板:引用网页|url=http://b.org/}}"))
                .extracting(Citation::template)
                .containsExactly("Template:Cite web", "模板:引用网页");
    }

    @Test
    void ignoresTemplatesThatAreNotCitationTemplates() {
        assertThat(citations("{{citation needed|date=May 2020}}{{lang|en|text}}{{reflist}}"))
                .isEmpty();
    }

    @Test
    void doesNotReportTheUrlParamOfACiteTemplateAgainAsABareUrl() {
        assertThat(urls("{{cite web|url=http://a.org/page|title=See http://b.org/inside the title}}"))
                .containsExactly("http://a.org/page");
    }

    @Test
    void readsTitlesAndValuesWithNestedTemplatesAndWikilinks() {
        Citation citation = only("{{cite news|url=http://a.org/|title={{lang|en|Deal}} signed"
                + "|publisher=[[Voice of America|VOA]] 中文网|date=2009-05-26}}");

        assertThat(citation.title()).isEqualTo("{{lang|en|Deal}} signed");
    }

    @Test
    void splitsAUrlWrittenAsABracketedLinkInsideTheParameter() {
        Citation citation = only("{{cite web|url=[http://a.org/x Some title]|title=T}}");

        assertThat(citation.url()).isEqualTo("http://a.org/x");
    }

    @Test
    void takesOnlyTheUrlFromAParameterWithACommentOrTrailingText() {
        assertThat(
                        urls(
                                "{{cite web|url=http://a.org/x<!-- moved? --> |title=T}}{{cite web|url= http://b.org/y (pdf)}}"))
                .containsExactly("http://a.org/x", "http://b.org/y");
    }

    @Test
    void skipsAUrlParameterThatIsEmptyOrBuiltByATemplate() {
        assertThat(citations("{{cite web|url=|title=x}}{{cite web|url={{google books|id=1}}|title=y}}"))
                .isEmpty();
    }

    @Test
    void warnsAboutAnUnparseableDateAndKeepsItRaw() {
        Extraction extraction = Wikitext.extract("\n{{cite web|url=http://a.org/|access-date=sometime in 2009}}");

        Citation citation = extraction.citations().get(0);
        assertThat(citation.accessDate().precision()).isEqualTo(CitationDate.Precision.UNPARSED);
        assertThat(citation.accessDate().raw()).isEqualTo("sometime in 2009");
        assertThat(extraction.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.document()).isEqualTo(Wikitext.DOCUMENT);
            assertThat(warning.line()).isEqualTo(2);
            assertThat(warning.message()).contains("sometime in 2009");
        });
    }

    @Test
    void derivesTheArchiveDateFromAWaybackUrlWhenNoneIsGiven() {
        Citation citation = only(
                "{{cite web|url=http://a.org/|archive-url=https://web.archive.org/web/20090530062757/http://a.org/}}");

        assertThat(citation.archiveDate().iso()).isEqualTo("2009-05-30");
    }
}
