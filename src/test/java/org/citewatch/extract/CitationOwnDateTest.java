package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 10 item 3: a citation template's own date= is kept, as a snapshot target. */
class CitationOwnDateTest {

    @Test
    void keepsTheCiteTemplatesDate() {
        Citation citation =
                Wikitext.only("<ref>{{cite web |url=http://a.example/x |title=X |date=2009年3月27日 |publisher=Y}}</ref>");

        assertThat(citation.date().value()).isEqualTo(LocalDate.of(2009, 3, 27));
        assertThat(citation.date().raw()).isEqualTo("2009年3月27日");
    }

    @Test
    void keepsAFreeFormDateRawWithoutAWarning() {
        Extraction extraction = Wikitext.extract("{{cite journal |url=http://a.example/j |date=July/August 2008}}");

        assertThat(extraction.citations()).singleElement().satisfies(c -> {
            assertThat(c.date().raw()).isEqualTo("July/August 2008");
            assertThat(c.date().precision()).isEqualTo(CitationDate.Precision.UNPARSED);
        });
        assertThat(extraction.warnings()).isEmpty();
    }

    @Test
    void linksWithoutATemplateHaveNoDate() {
        Citation citation = Wikitext.only("<ref>[http://a.example/ A]{{Dead link|date=2018年6月}}</ref>");

        assertThat(citation.date()).isNull();
        assertThat(citation.deadLinkTag().date().iso()).isEqualTo("2018-06");
    }
}
