package org.citewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultCitationExtractorTest {

    /** Stands in for the wikitext extractor: records what it was given. */
    private static final class RecordingExtractor implements CitationExtractor {
        final List<Document> seen = new ArrayList<>();

        @Override
        public Extraction extract(Document document) {
            seen.add(document);
            return new Extraction(List.of(), List.of());
        }
    }

    private final RecordingExtractor wikitext = new RecordingExtractor();
    private final DefaultCitationExtractor extractor = new DefaultCitationExtractor(wikitext);

    private static Document document(DocumentFormat format, String text) {
        return new Document("doc", "doc", null, format, text, 1, null, null);
    }

    @Test
    void passesWikitextToTheWikitextExtractor() {
        Document page = document(DocumentFormat.WIKITEXT, "[https://example.org x]");

        extractor.extract(page);

        assertThat(wikitext.seen).containsExactly(page);
    }

    @Test
    void readsHtmlLinks() {
        Extraction extraction =
                extractor.extract(document(DocumentFormat.HTML, "<a href='https://example.org/'>x</a>"));

        assertThat(extraction.citations()).extracting(Citation::template).containsExactly("html");
        assertThat(wikitext.seen).isEmpty();
    }

    @Test
    void readsUrlLists() {
        Extraction extraction = extractor.extract(document(DocumentFormat.URL_LIST, "https://example.org/"));

        assertThat(extraction.citations()).extracting(Citation::template).containsExactly("list");
        assertThat(wikitext.seen).isEmpty();
    }
}
