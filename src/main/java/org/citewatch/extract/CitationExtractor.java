package org.citewatch.extract;

/** Finds every cited URL in one document, whatever its format. Never throws on bad content. */
public interface CitationExtractor {

    Extraction extract(Document document);
}
