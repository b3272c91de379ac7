package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Runs the wikitext extractor with the default settings on a snippet. */
final class Wikitext {

    static final String DOCUMENT = "page.wiki";

    private static final WikitextCitationExtractor EXTRACTOR =
            new WikitextCitationExtractor(ExtractProperties.defaults());

    private Wikitext() {}

    static Extraction extract(String text) {
        return EXTRACTOR.extract(new Document(DOCUMENT, DOCUMENT, null, DocumentFormat.WIKITEXT, text, 1, null, null));
    }

    static List<Citation> citations(String text) {
        return extract(text).citations();
    }

    static List<String> urls(String text) {
        return citations(text).stream().map(Citation::url).toList();
    }

    /** The one citation of the snippet; fails when there is not exactly one. */
    static Citation only(String text) {
        List<Citation> citations = citations(text);
        assertThat(citations).as("citations of %s", text).hasSize(1);
        return citations.get(0);
    }
}
