package org.citewatch.extract;

import java.util.Arrays;

/** Offsets of line starts in a text, so that an offset becomes a line and column by binary search. */
final class LineIndex {

    private final int[] starts;
    private final int count;
    private final int firstLine;

    /**
     * @param text the document text
     * @param firstLine the line number of the text's first line (1 for files)
     */
    LineIndex(String text, int firstLine) {
        int[] found = new int[64];
        int n = 1;
        int newline = text.indexOf('\n');
        while (newline >= 0) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = newline + 1;
            newline = text.indexOf('\n', newline + 1);
        }
        this.starts = found;
        this.count = n;
        this.firstLine = Math.max(1, firstLine);
    }

    /** The line of {@code offset}, counting from the document's first line. */
    int line(int offset) {
        return firstLine + lineIndex(offset);
    }

    /** The 1-based column of {@code offset} in UTF-16 code units. */
    int column(int offset) {
        return offset - starts[lineIndex(offset)] + 1;
    }

    private int lineIndex(int offset) {
        int found = Arrays.binarySearch(starts, 0, count, offset);
        return found >= 0 ? found : -found - 2;
    }
}
