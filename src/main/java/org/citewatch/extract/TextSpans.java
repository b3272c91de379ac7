package org.citewatch.extract;

/** Reading values out of a masked document. */
final class TextSpans {

    private TextSpans() {}

    /** The first offset in {@code [from, to)} that is not whitespace, or {@code to}. */
    static int skipSpace(char[] a, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(a[i])) {
            i++;
        }
        return i;
    }

    /** The offset after the last non-whitespace character in {@code [from, to)}, or {@code from}. */
    static int trimEnd(char[] a, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(a[i - 1])) {
            i--;
        }
        return i;
    }

    /**
     * The text of {@code [from, to)} as the page shows it: without what {@link Masker#REMOVED} stands
     * for (inclusion tags, {@code <includeonly>} content).
     */
    static String text(char[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] == Masker.REMOVED) {
                StringBuilder out = new StringBuilder(to - from).append(a, from, i - from);
                for (int k = i + 1; k < to; k++) {
                    if (a[k] != Masker.REMOVED) {
                        out.append(a[k]);
                    }
                }
                return out.toString();
            }
        }
        return new String(a, from, to - from);
    }

    /**
     * The text of {@code [from, to)}, trimmed, with each run of whitespace (blanked comments
     * included) read as one space; {@code null} when nothing is left.
     */
    static String clean(char[] a, int from, int to) {
        int start = skipSpace(a, from, to);
        int end = trimEnd(a, start, to);
        if (start == end) {
            return null;
        }
        StringBuilder out = null;
        for (int i = start; i < end; i++) {
            char c = a[i];
            boolean space = Character.isWhitespace(c);
            if (out == null) {
                if (space && (c != ' ' || Character.isWhitespace(a[i + 1]))) {
                    out = new StringBuilder(end - start)
                            .append(a, start, i - start)
                            .append(' ');
                }
            } else if (!space) {
                out.append(c);
            } else if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        String cleaned = out == null ? new String(a, start, end - start) : out.toString();
        return cleaned.indexOf(Masker.REMOVED) < 0 ? cleaned : text(cleaned.toCharArray(), 0, cleaned.length());
    }
}
