package org.citewatch.fix;

import java.util.List;
import java.util.Objects;

/**
 * The fixes of one page.
 *
 * @param edits the edits to make, in text order; empty when there is nothing to fix
 * @param notes citations that need a fix that is not made, and why
 * @param skipped why the whole page is left alone (bots exclusion), or {@code null}
 */
record DocumentFix(List<Edit> edits, List<Note> notes, String skipped) {

    DocumentFix {
        edits = List.copyOf(Patch.ordered(edits));
        notes = List.copyOf(notes);
    }

    static DocumentFix skipped(String why) {
        return new DocumentFix(List.of(), List.of(), Objects.requireNonNull(why));
    }
}
