package org.citewatch.extract;

/**
 * The next position of one character in a text, found with the JIT-vectorized
 * {@link String#indexOf(int, int)} and remembered: the scanner asks with ever larger positions, so a
 * found position answers every later question up to it, and each character is searched once.
 */
final class NextChar {

    private final String text;
    private final char c;
    private int searchedFrom = Integer.MAX_VALUE;
    private int found;

    NextChar(String text, char c) {
        this.text = text;
        this.c = c;
    }

    /** The first position at or after {@code from} holding the character, or {@link Integer#MAX_VALUE}. */
    int from(int from) {
        if (from >= searchedFrom && from <= found) {
            return found;
        }
        int at = text.indexOf(c, from);
        searchedFrom = from;
        found = at < 0 ? Integer.MAX_VALUE : at;
        return found;
    }
}
