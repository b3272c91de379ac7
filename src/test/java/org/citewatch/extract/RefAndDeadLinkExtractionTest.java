package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.extract.Wikitext.citations;
import static org.citewatch.extract.Wikitext.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefAndDeadLinkExtractionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # unquoted, double-quoted, single-quoted with spaces around =
            "<ref name=nss>[http://a.org/ A]</ref> again<ref name=nss/> and<ref name=nss />"
            "<ref name=""nss"">[http://a.org/ A]</ref> again<ref name=""nss""/> and<ref name=""nss"" />"
            "<ref name = 'nss'>[http://a.org/ A]</ref> again<ref name = 'nss' /> and<ref name='nss'/>"
            # reuse before the definition, and an empty named ref as reuse
            "<ref name=""nss""/> first<ref name=""nss""></ref> then<ref name=""nss"">[http://a.org/ A]</ref>"
            """)
    void countsEveryReuseOfANamedRefAsAUseOfItsCitations(String text) {
        Citation citation = only(text);

        assertThat(citation.refName()).isEqualTo("nss");
        assertThat(citation.uses()).as("defined once, reused twice").isEqualTo(3);
    }

    @Test
    void countsUsesForEveryCitationOfTheReusedRef() {
        List<Citation> found = citations("<ref name=two>{{cite web|url=http://a.org/}} and [http://b.org/ B]</ref>"
                + "<ref name=two/><ref name=other>[http://c.org/ C]</ref>");

        assertThat(found).extracting(Citation::uses).containsExactly(2, 2, 1);
        assertThat(found).extracting(Citation::refName).containsExactly("two", "two", "other");
    }

    @Test
    void keepsRefsOfDifferentGroupsApart() {
        Citation citation = only("<ref group=note name=x>[http://a.org/ A]</ref><ref name=x/>");

        assertThat(citation.uses())
                .as("a reuse in another group is another ref")
                .isEqualTo(1);
    }

    @Test
    void leavesTheRefNameEmptyOutsideRefsAndForUnnamedRefs() {
        assertThat(citations("<ref>[http://a.org/ A]</ref> [http://b.org/ B]"))
                .extracting(Citation::refName)
                .containsOnlyNulls();
    }

    @Test
    void marksTheLinkDeadWhenTheTagIsInsideTheSameRef() {
        Citation citation = only("<ref name=\"2012NSS\">[http://www.mofa.go.kr/ENG/index.jsp?menu=m_20 Summit]"
                + "{{Dead link|date=2018年6月 |bot=InternetArchiveBot |fix-attempted=no }} from the Ministry</ref>");

        assertThat(citation.markedDead()).isTrue();
        DeadLinkTag tag = citation.deadLinkTag();
        assertThat(tag.name()).isEqualTo("Dead link");
        assertThat(tag.date().iso()).isEqualTo("2018-06");
        assertThat(tag.date().precision()).isEqualTo(CitationDate.Precision.MONTH);
        assertThat(tag.bot()).isEqualTo("InternetArchiveBot");
        assertThat(tag.fixAttempted()).isEqualTo("no");
    }

    @Test
    void marksACiteTemplateDeadWhenTheTagFollowsItInTheRefAfterOtherText() {
        Citation citation =
                only("<ref>{{cite web|url=http://a.org/|title=T}}, page 3.\n{{deadlink|date=May 2020}}</ref>");

        assertThat(citation.markedDead()).isTrue();
        assertThat(citation.deadLinkTag().name()).isEqualTo("deadlink");
        assertThat(citation.urlStatus()).as("no url-status was written").isNull();
    }

    @Test
    void marksABareLinkDeadWhenTheTagFollowsItInRunningText() {
        List<Citation> found = citations("See http://a.org/old {{死链|date=2018年6月}} and http://b.org/live.");

        assertThat(found).extracting(Citation::markedDead).containsExactly(true, false);
        assertThat(found.get(0).deadLinkTag().name()).isEqualTo("死链");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # every configured spelling, English and Chinese
            "{{dead link}}"
            "{{Dead link}}"
            "{{Deadlink}}"
            "{{Dead_link|date=2019-01-01}}"
            "{{死链}}"
            "{{失效链接}}"
            "{{失效連結}}"
            """)
    void recognisesEveryDeadLinkSpelling(String tag) {
        assertThat(only("[http://a.org/ A] " + tag).markedDead()).isTrue();
    }

    @Test
    void doesNotMarkALinkDeadWhenTextSeparatesItFromTheTag() {
        assertThat(only("[http://a.org/ A] and more words {{dead link}}").markedDead())
                .as("a tag in running text belongs only to the link right before it")
                .isFalse();
    }

    @Test
    void doesNotCarryATagAcrossRefs() {
        List<Citation> found = citations("<ref>[http://a.org/ A]</ref><ref>Book, p. 5 {{dead link}}</ref>");

        assertThat(found.get(0).markedDead()).isFalse();
    }

    @Test
    void givesTheLinkBeforeAWebarchiveTemplateItsArchive() {
        Citation citation = only("* [http://a.org/page Page] {{webarchive |url=https://web.archive.org/web/"
                + "20160101000000/http://a.org/page |date=1 January 2016 }}");

        assertThat(citation.archiveUrl()).isEqualTo("https://web.archive.org/web/20160101000000/http://a.org/page");
        assertThat(citation.archiveDate().iso()).isEqualTo("2016-01-01");
        assertThat(citation.markedDead())
                .as("an archive alone does not mark dead")
                .isFalse();
    }

    @Test
    void takesTheWebarchiveDateFromItsUrlWhenItHasNone() {
        Citation citation = only(
                "<ref>http://a.org/x {{Webarchive|url=https://web.archive.org/web/20090530062757/http://a.org/x}}</ref>");

        assertThat(citation.archiveDate().iso()).isEqualTo("2009-05-30");
    }

    @Test
    void attachesBothADeadLinkTagAndAWebarchiveFollowingALink() {
        Citation citation = only(
                "[http://a.org/ A]{{dead link|date=June 2018}} {{webarchive|url=http://arc.org/a|date=2018-06-01}}");

        assertThat(citation.markedDead()).isTrue();
        assertThat(citation.archiveUrl()).isEqualTo("http://arc.org/a");
    }

    @Test
    void readsAnArchiveTemplateWithoutALinkBeforeItAsACitationOfItsOwn() {
        // issue 12: standing alone, the archive template is an archive citation of its own url=
        Citation citation = only("Text. {{webarchive|url=http://arc.org/a|date=2018-06-01}}");

        assertThat(citation.url()).isEqualTo("http://arc.org/a");
        assertThat(citation.archiveUrl())
                .as("an archive of an unknown service names no original: the archive is what is cited")
                .isEqualTo("http://arc.org/a");
        assertThat(citation.archiveDate().iso()).isEqualTo("2018-06-01");
    }

    @Test
    void keepsTheArchiveACiteTemplateAlreadyHas() {
        Citation citation = only("<ref>{{cite web|url=http://a.org/|archive-url=http://arc.org/own}}"
                + "{{webarchive|url=http://arc.org/other}}</ref>");

        assertThat(citation.archiveUrl()).isEqualTo("http://arc.org/own");
    }
}
