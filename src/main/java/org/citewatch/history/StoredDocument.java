package org.citewatch.history;

import java.util.Objects;

/**
 * A document of a run as the history stored it.
 *
 * @param name file path, or page title for dumps
 * @param source the file it came from (the dump for a page)
 * @param contentHash the hash of the content the audit read ({@link DocumentExtraction#hashOf})
 */
public record StoredDocument(String name, String source, String contentHash) {

    public StoredDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
