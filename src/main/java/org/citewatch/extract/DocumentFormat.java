package org.citewatch.extract;

/** How a document's text is to be read. */
public enum DocumentFormat {
    WIKITEXT,
    HTML,
    /** One URL a line, {@code #} comments. */
    URL_LIST
}
