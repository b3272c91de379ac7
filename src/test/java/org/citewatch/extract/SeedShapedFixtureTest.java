package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages shaped like real zh.wikipedia articles (infobox, named refs, dead-link tags, old CS1 names). */
class SeedShapedFixtureTest {

    private final WikitextCitationExtractor extractor = new WikitextCitationExtractor(ExtractProperties.defaults());

    @Test
    void marksTheMofaCitationDeadWithTheBotsTag() {
        Citation mofa = citation("summit.wiki", "mofa.go.kr");

        assertThat(mofa.markedDead()).isTrue();
        assertThat(mofa.template()).isEqualTo("bracketed");
        assertThat(mofa.refName()).isEqualTo("2012NSS");
        assertThat(mofa.deadLinkTag().date().iso()).isEqualTo("2018-06");
        assertThat(mofa.deadLinkTag().date().precision()).isEqualTo(CitationDate.Precision.MONTH);
        assertThat(mofa.deadLinkTag().bot()).isEqualTo("InternetArchiveBot");
        assertThat(mofa.deadLinkTag().fixAttempted()).isEqualTo("no");
    }

    @Test
    void countsTheReusedRefOnceWithTwoUses() {
        Citation summit2010 = citation("summit.wiki", "nuclearsecuritysummit/2010");
        Citation prague = citation("summit.wiki", "whitehouse.gov");

        assertThat(summit2010.refName()).isEqualTo("2010NSS");
        assertThat(summit2010.uses()).isEqualTo(2);
        assertThat(prague.uses()).as("reused before it is defined").isEqualTo(2);
    }

    @Test
    void findsEveryLinkOfTheSummitPageAndNothingCommentedOut() {
        Extraction extraction = extract("summit.wiki");

        assertThat(extraction.citations())
                .extracting(Citation::url)
                .containsExactly(
                        "http://www.state.gov/t/isn/nuclearsecuritysummit/2010/",
                        "https://www.whitehouse.gov/the_press_office/Remarks-By-President-Barack-Obama-In-Prague-As-Delivered/",
                        "http://www.mofa.go.kr/ENG/policy/disarmament/nss/overview/index.jsp?menu=m_20_70_30",
                        "http://www.nss2014.com/en");
        assertThat(extraction.warnings()).isEmpty();
    }

    @Test
    void marksTheCiteNewsWithDeadurlYesDeadWithItsArchive() {
        Citation xinhua = citation("initiative.wiki", "xinhuanet");

        assertThat(xinhua.template()).isEqualTo("cite news");
        assertThat(xinhua.markedDead()).isTrue();
        assertThat(xinhua.urlStatus()).isEqualTo("yes");
        assertThat(xinhua.archiveUrl())
                .isEqualTo("https://web.archive.org/web/20090530062757/"
                        + "http://news.xinhuanet.com/world/2009-05/26/content_11435781.htm");
        assertThat(xinhua.archiveDate().iso()).isEqualTo("2009-05-30");
    }

    @Test
    void findsTheBracketedLinksOfTheExternalLinksSection() {
        List<Citation> bracketed = extract("initiative.wiki").citations().stream()
                .filter(c -> c.template().equals("bracketed"))
                .toList();

        assertThat(bracketed)
                .extracting(Citation::url, Citation::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "https://web.archive.org/web/20060617194208/http://www.state.gov/t/isn/rls/other/34726.htm",
                                "美国国务院“防扩散安全倡议”页面"),
                        org.assertj.core.groups.Tuple.tuple("http://www.armscontrol.org/factsheets/PSI", "军控协会：倡议概览"));
        assertThat(bracketed).extracting(Citation::line).containsExactly(13, 14);
    }

    @Test
    void parsesTheChineseArchiveDateOfTheCiteJournal() {
        Citation journal = citation("initiative.wiki", "neff.pdf");

        assertThat(journal.template()).isEqualTo("cite journal");
        assertThat(journal.archiveDate().raw()).isEqualTo("2009年3月27日");
        assertThat(journal.archiveDate().iso()).isEqualTo("2009-03-27");
        assertThat(journal.markedDead()).isTrue();
    }

    @Test
    void readsTheInitiativePageWithoutWarnings() {
        Extraction extraction = extract("initiative.wiki");

        assertThat(extraction.citations()).hasSize(8);
        assertThat(extraction.warnings()).isEmpty();
    }

    private Citation citation(String fixture, String urlPart) {
        List<Citation> matching = extract(fixture).citations().stream()
                .filter(c -> c.url().contains(urlPart))
                .toList();
        assertThat(matching)
                .as("citations of %s containing %s", fixture, urlPart)
                .hasSize(1);
        return matching.get(0);
    }

    private Extraction extract(String fixture) {
        String path = "/fixtures/extract/" + fixture;
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return extractor.extract(
                    new Document(fixture, fixture, null, DocumentFormat.WIKITEXT, text, 1, null, null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
