package org.citewatch.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A word-level comparison of a wikitext change, for the report to highlight what is removed and what
 * is added. The text is cut into wikitext words: {@code {{}, {@code }}}, {@code [}, {@code ]}, a
 * parameter's {@code |name=} as one word (so that {@code |date=} never matches part of
 * {@code |archive-date=}), {@code =}, {@code <}, {@code >}, runs of other non-space characters (a
 * URL is one word) and runs of spaces. Each side's pieces, joined, give that side's text exactly.
 *
 * @param before the old text, with the removed words marked
 * @param after the new text, with the added words marked
 */
record WordDiff(List<Piece> before, List<Piece> after) {

    /**
     * Unchanged stretches this short, of spaces or punctuation only, between two changes are shown as
     * part of the change: a highlight that stops for one {@code =} or space is harder to read.
     */
    private static final int GLUE_CHARS = 2;

    /** A run of text, changed (removed on the old side, added on the new) or not. */
    record Piece(String text, boolean changed) {
        Piece {
            Objects.requireNonNull(text, "text");
        }
    }

    WordDiff {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    static WordDiff of(String oldText, String newText) {
        List<String> from = words(oldText);
        List<String> to = words(newText);
        boolean[] removed = new boolean[from.size()];
        boolean[] added = new boolean[to.size()];
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            mark(removed, delta.getSource());
            mark(added, delta.getTarget());
        }
        return new WordDiff(pieces(from, removed), pieces(to, added));
    }

    private static void mark(boolean[] changed, Chunk<String> chunk) {
        for (int i = chunk.getPosition(); i < chunk.getPosition() + chunk.size(); i++) {
            changed[i] = true;
        }
    }

    /** Consecutive words of one kind joined into pieces, short glue between changes absorbed. */
    private static List<Piece> pieces(List<String> words, boolean[] changed) {
        List<Piece> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && changed[i] != changed[i - 1]) {
                runs.add(new Piece(run.toString(), changed[i - 1]));
                run.setLength(0);
            }
            run.append(words.get(i));
        }
        if (!words.isEmpty()) {
            runs.add(new Piece(run.toString(), changed[words.size() - 1]));
        }
        List<Piece> glued = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Piece piece = runs.get(i);
            boolean glue = !piece.changed()
                    && i > 0
                    && i < runs.size() - 1
                    && piece.text().length() <= GLUE_CHARS
                    && piece.text().codePoints().noneMatch(Character::isLetterOrDigit);
            if ((glue || piece.changed())
                    && !glued.isEmpty()
                    && glued.get(glued.size() - 1).changed()) {
                Piece last = glued.remove(glued.size() - 1);
                glued.add(new Piece(last.text() + piece.text(), true));
            } else {
                glued.add(glue ? new Piece(piece.text(), true) : piece);
            }
        }
        return glued;
    }

    /** The text's wikitext words, in order; joined they give the text back. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = wordEnd(text, i);
            words.add(text.substring(i, end));
            i = end;
        }
        return words;
    }

    private static int wordEnd(String text, int start) {
        char c = text.charAt(start);
        if (Character.isWhitespace(c)) {
            int i = start + 1;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }
        if ((c == '{' || c == '}') && text.startsWith(c == '{' ? "{{" : "}}", start)) {
            return start + 2;
        }
        if (c == '[' || c == ']' || c == '{' || c == '}' || c == '=' || c == '<' || c == '>') {
            return start + 1;
        }
        if (c == '|') {
            // |name= as one word; a | not followed by a name and = is a word alone
            int i = start + 1;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            int name = i;
            while (i < text.length() && !isBreak(text.charAt(i)) && text.charAt(i) != '=') {
                i++;
            }
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return i > name && i < text.length() && text.charAt(i) == '=' ? i + 1 : start + 1;
        }
        int i = start + 1;
        while (i < text.length() && !isBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c)
                || c == '|'
                || c == '{'
                || c == '}'
                || c == '['
                || c == ']'
                || c == '<'
                || c == '>';
    }
}
