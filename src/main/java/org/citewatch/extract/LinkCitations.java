package org.citewatch.extract;

import org.citewatch.url.NormalizedUrl;
import org.citewatch.url.UrlNormalizer;

/** Citations of plain links (HTML anchors, URL list lines): a URL, where it is, maybe a title. */
final class LinkCitations {

    private LinkCitations() {}

    /**
     * @param lineInText 1-based line within the document's text
     * @param title the link text, or {@code null}
     */
    static Citation of(Document document, int lineInText, int column, String url, String template, String title) {
        NormalizedUrl normalized = UrlNormalizer.normalize(url);
        return new Citation(
                document.name(),
                document.firstLine() + lineInText - 1,
                column,
                url,
                normalized.value(),
                template,
                null,
                title,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                1,
                normalized.skipReason(),
                null,
                null,
                false,
                false);
    }
}
