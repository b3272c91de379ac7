package org.citewatch.extract;

import java.util.Objects;

/**
 * A document, or a part of one, that could not be read; the run goes on without it.
 *
 * @param document the file path, with the page title for a dump page ({@code dump.xml.bz2 > Title})
 * @param line 1-based line where the problem was found, or 0 when it concerns the whole file
 * @param message what is wrong, for a person
 */
public record DocumentError(String document, int line, String message) {

    public DocumentError {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or positive: " + line);
        }
    }
}
