package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citewatch.extract.Wikitext.extract;
import static org.citewatch.extract.Wikitext.urls;

import org.junit.jupiter.api.Test;

class MalformedWikitextTest {

    @Test
    void readsAnUnclosedTemplateAsTextAndGoesOn() {
        Extraction extraction = extract("Intro {{cite web|url=http://a.org/|title=never closed\n\n"
                + "== Later ==\n<ref>{{cite news|url=http://b.org/}}</ref> http://c.org/");

        assertThat(extraction.citations())
                .extracting(Citation::url)
                .as("the rest of the page is still read")
                .contains("http://b.org/", "http://c.org/");
        assertThat(extraction.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("unclosed {{");
        });
    }

    @Test
    void readsAnUnclosedRefAsTextAndGoesOn() {
        Extraction extraction = extract("A<ref name=broken>[http://a.org/ A]\n\nB<ref name=ok>[http://b.org/ B]</ref>");

        assertThat(extraction.citations()).extracting(Citation::url).containsExactly("http://a.org/", "http://b.org/");
        assertThat(extraction.citations()).extracting(Citation::refName).containsExactly(null, "ok");
        assertThat(extraction.warnings())
                .anySatisfy(w -> assertThat(w.message()).contains("unclosed <ref>"));
    }

    @Test
    void hidesTheRestOfThePageAfterAnUnclosedCommentAsMediaWikiDoes() {
        Extraction extraction = extract("[http://a.org/ A]\n<!-- forgotten\n[http://hidden.org/ B]");

        assertThat(extraction.citations()).extracting(Citation::url).containsExactly("http://a.org/");
        assertThat(extraction.warnings()).anySatisfy(w -> assertThat(w.line()).isEqualTo(2));
    }

    @Test
    void readsAnUnclosedNowikiAsText() {
        assertThat(urls("<nowiki>never closed http://a.org/ ")).containsExactly("http://a.org/");
    }

    @Test
    void survivesStrayClosersAndBrokenBrackets() {
        assertThat(urls("}} ]] </ref> |} [[ [ http://a.org/x ]] {{")).containsExactly("http://a.org/x");
    }

    @Test
    void doesNotLetAnUnclosedTemplateInsideARefSwallowTheRef() {
        Extraction extraction = extract("<ref name=r>{{cite web|url=http://a.org/</ref> [http://b.org/ B]");

        assertThat(extraction.citations()).extracting(Citation::url).contains("http://b.org/");
    }

    @Test
    void survivesDeepNesting() {
        String deep = "{{x|".repeat(200) + "http://a.org/" + "}}".repeat(200);

        Extraction extraction = extract(deep + " http://b.org/");

        assertThat(extraction.citations()).extracting(Citation::url).contains("http://b.org/");
        assertThat(extraction.warnings())
                .anySatisfy(w -> assertThat(w.message()).contains("nested deeper"));
    }

    @Test
    void capsTheNumberOfWarningsOfOneDocument() {
        Extraction extraction = extract("{{ ".repeat(1000));

        assertThat(extraction.warnings()).hasSize(WarningLog.MAX_WARNINGS_PER_DOCUMENT + 1);
        assertThat(extraction
                        .warnings()
                        .get(WarningLog.MAX_WARNINGS_PER_DOCUMENT)
                        .message())
                .contains("950 more warnings");
    }

    @Test
    void extractsNothingFromAnEmptyDocument() {
        Extraction extraction = extract("");

        assertThat(extraction.citations()).isEmpty();
        assertThat(extraction.warnings()).isEmpty();
    }

    @Test
    void countsLinesFromTheDocumentsFirstLine() {
        Document page = new Document(
                "dump.xml > Page", "dump.xml", 42L, DocumentFormat.WIKITEXT, "a\nhttp://a.org/", 10, null, null);

        Citation citation = new WikitextCitationExtractor(ExtractProperties.defaults())
                .extract(page)
                .citations()
                .get(0);

        assertThat(citation.line()).isEqualTo(11);
        assertThat(citation.document()).isEqualTo("dump.xml > Page");
    }

    @Test
    void refusesADocumentOfAnotherFormat() {
        Document html = new Document("a.html", "a.html", null, DocumentFormat.HTML, "<a href=x>", 1, null, null);
        WikitextCitationExtractor extractor = new WikitextCitationExtractor(ExtractProperties.defaults());

        assertThatThrownBy(() -> extractor.extract(html)).isInstanceOf(IllegalArgumentException.class);
    }
}
