package org.citewatch.fix;

import java.util.Objects;
import org.citewatch.extract.Citation;

/**
 * One replacement of {@code [start, end)} of a page's text: {@code oldText} (what is there) becomes
 * {@code newText}. An insertion has {@code start == end} and an empty {@code oldText}.
 *
 * @param citation the citation the edit rescues
 */
public record Edit(int start, int end, String oldText, String newText, EditReason reason, Citation citation) {

    public Edit {
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(newText, "newText");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(citation, "citation");
        if (start < 0 || end < start || end - start != oldText.length()) {
            throw new IllegalArgumentException("an edit's span must hold its old text: " + start + ".." + end);
        }
    }

    static Edit replace(String text, int start, int end, String newText, EditReason reason, Citation citation) {
        return new Edit(start, end, text.substring(start, end), newText, reason, citation);
    }

    static Edit insert(int at, String newText, EditReason reason, Citation citation) {
        return new Edit(at, at, "", newText, reason, citation);
    }
}
