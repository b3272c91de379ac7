package org.citewatch.extract;

import java.util.List;

/**
 * What one document gave: its citations, in document order, and warnings that did not stop it
 * (an unparseable date, a malformed template).
 */
public record Extraction(List<Citation> citations, List<DocumentError> warnings) {

    public Extraction {
        citations = List.copyOf(citations);
        warnings = List.copyOf(warnings);
    }
}
