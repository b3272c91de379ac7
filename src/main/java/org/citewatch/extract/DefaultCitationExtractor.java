package org.citewatch.extract;

import java.util.Objects;

/**
 * Extracts citations from a document of any format: wikitext through the given extractor, HTML
 * files through their {@code <a href>} links, URL lists line by line.
 */
public final class DefaultCitationExtractor implements CitationExtractor {

    private final CitationExtractor wikitext;
    private final CitationExtractor html = new HtmlLinkExtractor();
    private final CitationExtractor urlList = new UrlListExtractor();

    /** @param wikitext the extractor for {@link DocumentFormat#WIKITEXT} documents */
    public DefaultCitationExtractor(CitationExtractor wikitext) {
        this.wikitext = Objects.requireNonNull(wikitext, "wikitext");
    }

    @Override
    public Extraction extract(Document document) {
        return switch (document.format()) {
            case WIKITEXT -> wikitext.extract(document);
            case HTML -> html.extract(document);
            case URL_LIST -> urlList.extract(document);
        };
    }
}
