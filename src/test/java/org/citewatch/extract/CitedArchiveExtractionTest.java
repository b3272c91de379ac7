package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citewatch.extract.Wikitext.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10, item 5: a cited URL that is itself an archive copy is a citation of its original with that archive. */
class CitedArchiveExtractionTest {

    private static final String ARCHIVE =
            "https://web.archive.org/web/20060617194208/http://www.state.gov/t/isn/rls/other/34726.htm";
    private static final String ORIGINAL = "http://www.state.gov/t/isn/rls/other/34726.htm";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a bracketed link, a bare link, the url= of a cite template, an infobox value (ARCHIVE stands for the URL)
            "[ARCHIVE 国务院页面]"                        | bracketed |         | 2
            "See ARCHIVE now."                            | bare      |         | 5
            "<ref>{{cite web |url=ARCHIVE |title=PSI}}</ref>" | cite web  | url     | 22
            "{{Infobox org|website=ARCHIVE}}"             | infobox   | website | 23
            """)
    void readsACitedArchiveCopyAsACitationOfItsOriginal(String shape, String template, String param, int column) {
        String wikitext = shape.replace("ARCHIVE", ARCHIVE);

        Citation citation = only(wikitext);

        assertThat(citation.url()).isEqualTo(ORIGINAL);
        assertThat(citation.normalizedUrl()).isEqualTo(ORIGINAL);
        assertThat(citation.archiveUrl()).isEqualTo(ARCHIVE);
        assertThat(citation.archiveDate().iso()).as("from the timestamp").isEqualTo("2006-06-17");
        assertThat(citation.citedAsArchive()).isTrue();
        assertThat(citation.template()).isEqualTo(template);
        assertThat(citation.param()).isEqualTo(param);
        assertThat(citation.column())
                .as("the span of the archive URL as written")
                .isEqualTo(column);
        assertThat(wikitext.substring(column - 1)).startsWith(citation.archiveUrl());
    }

    @Test
    void readsTheCaptureFormWithoutWebAsACitedArchiveCopy() {
        Citation citation = only("[https://web.archive.org/20120112022139/http://example.gov/a.html A]");

        assertThat(citation.url()).isEqualTo("http://example.gov/a.html");
        assertThat(citation.archiveUrl()).isEqualTo("https://web.archive.org/20120112022139/http://example.gov/a.html");
        assertThat(citation.archiveDate().iso()).isEqualTo("2012-01-12");
    }

    @Test
    void keepsTheCitationsOwnArchiveWhenItCitesAnArchiveCopyToo() {
        Citation citation = only(
                "{{cite web|url=" + ARCHIVE + "|archive-url=https://archive.today/20100101000000/" + ORIGINAL + "}}");

        assertThat(citation.url())
                .as("left as written: the citation already names its archive")
                .isEqualTo(ARCHIVE);
        assertThat(citation.citedAsArchive()).isFalse();
    }

    @Test
    void leavesArchiveUrlsThatNameNoOriginalAsTheyAre() {
        Citation citation = only("[https://archive.ph/x2vQs copy]");

        assertThat(citation.url()).isEqualTo("https://archive.ph/x2vQs");
        assertThat(citation.archiveUrl()).isNull();
        assertThat(citation.citedAsArchive()).isFalse();
    }

    @Test
    void leavesPagesOfTheArchiveThatAreNoCaptureAsTheyAre() {
        Citation citation = only("[https://archive.org/details/texts texts]");

        assertThat(citation.url()).isEqualTo("https://archive.org/details/texts");
        assertThat(citation.citedAsArchive()).isFalse();
    }
}
