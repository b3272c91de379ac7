package org.citewatch.history;

import java.util.Objects;
import org.citewatch.extract.Document;
import org.citewatch.extract.Extraction;

/**
 * A document as the extract step hands it to the history.
 *
 * @param contentHash SHA-256 of the document's format and text
 * @param reused {@code true} when the content is unchanged since it was last extracted, so its stored
 *     citations stand and {@code extraction} is empty
 */
public record DocumentExtraction(Document document, String contentHash, boolean reused, Extraction extraction) {

    public DocumentExtraction {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(extraction, "extraction");
    }

    /** The hash under which a document's content is compared with the last run. */
    public static String hashOf(Document document) {
        return Keys.sha256(document.format() + "\n" + document.text());
    }
}
