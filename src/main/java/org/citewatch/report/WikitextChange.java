package org.citewatch.report;

import java.nio.file.Path;
import java.util.Objects;
import org.citewatch.extract.Citation;

/**
 * The exact wikitext change {@code citewatch fix} makes for one citation: the text of the citation's
 * construct as the page holds it ({@code oldText}, from the template's <code>{{</code> or the link's
 * {@code [} through its last edited character) and what it becomes ({@code newText}), so that an
 * editor can find the one and paste the other. Made by the fix planner; the report only shows it.
 *
 * @param citation the citation the change rescues, as the audit stored it
 * @param line 1-based line of the change's first character in the page
 * @param column 1-based column (UTF-16 code units) of that character
 * @param offset UTF-16 offset of that character in the page
 * @param oldText what the page holds there; never empty
 * @param newText what replaces it; differs from {@code oldText}
 * @param diffFile where {@code citewatch fix} (default options) writes the page's unified diff
 */
public record WikitextChange(
        Citation citation, int line, int column, int offset, String oldText, String newText, Path diffFile) {

    public WikitextChange {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(newText, "newText");
        Objects.requireNonNull(diffFile, "diffFile");
        if (line < 1 || column < 1 || offset < 0) {
            throw new IllegalArgumentException(
                    "a change starts at a line and column from 1: " + line + ":" + column + " (" + offset + ")");
        }
        if (oldText.isEmpty() || oldText.equals(newText)) {
            throw new IllegalArgumentException(
                    "a change replaces some text with other text, at " + line + ":" + column);
        }
    }
}
