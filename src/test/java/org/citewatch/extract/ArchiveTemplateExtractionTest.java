package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.extract.Wikitext.citations;
import static org.citewatch.extract.Wikitext.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 12, item 1: archive templates belong to the link they follow, or stand alone as an archive citation. */
class ArchiveTemplateExtractionTest {

    private static final String WAYBACK_A = "https://web.archive.org/web/20080101123456/http://a.org/page";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # {{Wayback}}: url= is the original, date= the timestamp; redirects and names in any case
            "[http://a.org/page Page] {{Wayback|url=http://a.org/page|date=20080101123456|title=Page}}"
            "[http://a.org/page Page] {{wayback |url=http://a.org/page |date=20080101123456 }}"
            "[http://a.org/page Page] {{Waybackdate|url=http://a.org/page|date=20080101123456}}"
            # {{Webarchive}}: url= is the archive URL
            "[http://a.org/page Page] {{Webarchive|url=https://web.archive.org/web/20080101123456/http://a.org/page|date=2008-01-01}}"
            "[http://a.org/page Page] {{web archive|url=https://web.archive.org/web/20080101123456/http://a.org/page}}"
            # in the same <ref>, after other text
            "<ref>[http://a.org/page Page], p. 4. {{Wayback|url=http://a.org/page|date=20080101123456}}</ref>"
            "<ref>{{cite web|url=http://a.org/page|title=Page}} {{Wayback|url=http://a.org/page|date=20080101123456}}</ref>"
            # after a bare link in running text
            "See http://a.org/page {{Wayback|url=http://a.org/page|date=20080101123456}} for more."
            # de {{Webarchiv}}: url= original, wayback= timestamp
            "[http://a.org/page Seite] {{Webarchiv|url=http://a.org/page|wayback=20080101123456|text=Seite}}"
            """)
    void givesTheLinkBeforeAnArchiveTemplateItsArchiveAndMakesNoSecondCitation(String wikitext) {
        Citation citation = only(wikitext);

        assertThat(citation.url()).isEqualTo("http://a.org/page");
        assertThat(citation.archiveUrl()).isEqualTo(WAYBACK_A);
        assertThat(citation.archiveDate().iso()).isEqualTo("2008-01-01");
        assertThat(citation.citedAsArchive()).isFalse();
    }

    @Test
    void buildsTheWaybackUrlFromUrlAndDate() {
        Citation citation = only("Text.<ref>{{Wayback|url=http://b.org/x?id=1|date=20120315|title=B}}</ref>");

        assertThat(citation.url()).as("standing alone: a citation of its url=").isEqualTo("http://b.org/x?id=1");
        assertThat(citation.archiveUrl()).isEqualTo("https://web.archive.org/web/20120315/http://b.org/x?id=1");
        assertThat(citation.archiveDate().iso()).isEqualTo("2012-03-15");
        assertThat(citation.template()).isEqualTo("Wayback");
        assertThat(citation.param()).isEqualTo("url");
        assertThat(citation.title()).isEqualTo("B");
        assertThat(citation.column()).as("the span is the original as written").isEqualTo(25);
    }

    @Test
    void linksAWaybackTemplateWithoutDateToTheListOfCaptures() {
        Citation citation = only("* {{Wayback|url=http://b.org/x}}");

        assertThat(citation.archiveUrl()).isEqualTo("https://web.archive.org/web/*/http://b.org/x");
    }

    @Test
    void readsAWebarchiveStandingAloneAsACitationOfTheOriginalItArchives() {
        Citation citation = only("* {{Webarchive|url=" + WAYBACK_A + "|title=Page}}");

        assertThat(citation.url()).isEqualTo("http://a.org/page");
        assertThat(citation.normalizedUrl()).isEqualTo("http://a.org/page");
        assertThat(citation.archiveUrl()).isEqualTo(WAYBACK_A);
        assertThat(citation.archiveDate().iso()).isEqualTo("2008-01-01");
        assertThat(citation.citedAsArchive())
                .as("the text at the citation is the archive URL")
                .isTrue();
        assertThat(citation.column()).isEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "{{webcite|url=https://www.webcitation.org/5kmcvKpXd|date=2009-10-12}}"
            "{{WebCite|url=https://www.webcitation.org/5kmcvKpXd|date=2009-10-12}}"
            "{{Webcitation|url=https://www.webcitation.org/5kmcvKpXd|date=2009-10-12}}"
            """)
    void readsAWebCiteStandingAloneAsACitationOfTheArchiveItself(String wikitext) {
        Citation citation = only("Text. " + wikitext);

        assertThat(citation.url())
                .as("a WebCite id names no original")
                .isEqualTo("https://www.webcitation.org/5kmcvKpXd");
        assertThat(citation.archiveUrl()).isEqualTo("https://www.webcitation.org/5kmcvKpXd");
        assertThat(citation.archiveDate().iso()).isEqualTo("2009-10-12");
    }

    @Test
    void givesALinkItsWebCiteArchive() {
        Citation citation = only("[http://c.org/ C] {{WebCite|url=https://www.webcitation.org/5kmcvKpXd}}");

        assertThat(citation.url()).isEqualTo("http://c.org/");
        assertThat(citation.archiveUrl()).isEqualTo("https://www.webcitation.org/5kmcvKpXd");
    }

    @Test
    void takesTheFirstArchiveOfAWebarchiveWithSeveralAndMakesNoCitationOfTheOthers() {
        List<Citation> found = citations("[http://a.org/page Page] {{Webarchive|url=" + WAYBACK_A
                + "|date=2008-01-01|url2=https://archive.today/20100101000000/http://a.org/page|date2=2010-01-01"
                + "|url3=https://www.webcitation.org/5kmcvKpXd}}");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).archiveUrl()).isEqualTo(WAYBACK_A);
    }

    @Test
    void buildsDeWebarchivArchivesOfOtherServices() {
        List<Citation> found = citations("* {{Webarchiv|url=http://d.de/a|archive-is=20130101120000|text=A}}\n"
                + "* {{Webarchiv|url=http://d.de/b|webciteID=6Abc123|text=B}}");

        assertThat(found)
                .extracting(Citation::archiveUrl)
                .containsExactly(
                        "https://archive.today/20130101120000/http://d.de/a", "https://www.webcitation.org/6Abc123");
    }

    @Test
    void keepsAnArchiveTemplateAfterTextApartFromTheLink() {
        List<Citation> found =
                citations("[http://a.org/page Page] and more words {{Wayback|url=http://e.org/|date=20100101}}");

        assertThat(found).extracting(Citation::url).containsExactly("http://a.org/page", "http://e.org/");
        assertThat(found.get(0).archiveUrl()).isNull();
    }

    @Test
    void marksTheCitationBeforeACbignoreIgnored() {
        List<Citation> found = citations("<ref>{{cite web|url=http://a.org/|title=A}}{{cbignore}}</ref>"
                + "<ref>[http://b.org/ B] {{dead link|date=May 2020}}{{Webarchive|url=" + WAYBACK_A
                + "}} {{Cbignore|bot=medic}}</ref>"
                + "<ref>[http://c.org/ C]</ref> text {{cbignore}}");

        assertThat(found).extracting(Citation::ignored).containsExactly(true, true, false);
        assertThat(found.get(1).markedDead())
                .as("tags between the link and {{cbignore}} still belong to the link")
                .isTrue();
        assertThat(found.get(1).archiveUrl()).isEqualTo(WAYBACK_A);
    }

    @Test
    void readsTheConfiguredArchiveAndIgnoreTemplatesOnly() {
        ExtractProperties defaults = ExtractProperties.defaults();

        assertThat(defaults.archiveTemplates())
                .contains("webarchive", "wayback", "webcite", "webarchiv")
                .doesNotContain("cite web");
        assertThat(defaults.botIgnoreTemplates()).containsExactly("cbignore");
    }
}
