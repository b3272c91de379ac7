package org.citewatch.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies span edits to a text: every character outside the edited spans is copied unchanged, so an
 * empty edit list gives the text back exactly.
 */
final class Patch {

    private Patch() {}

    /**
     * @param edits non-overlapping edits whose old text is what the text holds at their span (two
     *     insertions at one offset are applied in list order)
     * @throws IllegalArgumentException when an edit overlaps another or does not match the text: a
     *     bug in an editor, which must never turn into a wrong page
     */
    static String apply(String text, List<Edit> edits) {
        List<Edit> ordered = ordered(edits);
        StringBuilder out = new StringBuilder(text.length() + 64 * ordered.size());
        int copied = 0;
        for (Edit edit : ordered) {
            if (edit.start() < copied || edit.end() > text.length()) {
                throw new IllegalArgumentException("overlapping edit at " + edit.start() + " for " + edit.reason());
            }
            if (!text.startsWith(edit.oldText(), edit.start())) {
                throw new IllegalArgumentException("edit at " + edit.start() + " does not match the text");
            }
            out.append(text, copied, edit.start()).append(edit.newText());
            copied = edit.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The edits by position; equal positions keep their order (a stable sort). */
    static List<Edit> ordered(List<Edit> edits) {
        List<Edit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        return ordered;
    }

    /** Whether {@code edit} overlaps one of {@code others} (touching ends do not). */
    static boolean overlapsAny(Edit edit, List<Edit> others) {
        for (Edit other : others) {
            boolean disjoint = edit.end() <= other.start() && edit.start() < other.start()
                    || other.end() <= edit.start() && other.start() < edit.start();
            if (!disjoint) {
                return true;
            }
        }
        return false;
    }
}
