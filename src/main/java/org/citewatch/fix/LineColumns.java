package org.citewatch.fix;

import java.util.Arrays;

/** 1-based lines and columns (UTF-16 code units) of offsets in a text, as citations give them. */
final class LineColumns {

    private final int[] starts;

    LineColumns(String text) {
        int[] found = new int[16];
        int n = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = i + 1;
        }
        this.starts = Arrays.copyOf(found, n);
    }

    int line(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return (at >= 0 ? at : -at - 2) + 1;
    }

    int column(int offset) {
        return offset - starts[line(offset) - 1] + 1;
    }
}
