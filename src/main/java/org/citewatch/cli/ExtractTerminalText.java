package org.citewatch.cli;

/**
 * Text from documents made fit for a terminal: control characters (escape sequences a hostile
 * document could smuggle in) replaced, and cut to a width counted in terminal columns, where CJK
 * characters take two.
 */
final class ExtractTerminalText {

    private static final String ELLIPSIS = "…";

    private ExtractTerminalText() {}

    /** Replaces every control character (C0, DEL, C1) with {@code ?}. */
    static String printable(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (safe == null) {
                    safe = new StringBuilder(text);
                }
                safe.setCharAt(i, '?');
            }
        }
        return safe == null ? text : safe.toString();
    }

    /** The text printable, padded with spaces or cut at its end (marked by an ellipsis) to {@code width} columns. */
    static String fit(String text, int width) {
        return fit(text, width, false);
    }

    /** As {@link #fit(String, int)}, but cut at the start: for paths, whose end says most. */
    static String fitEnd(String text, int width) {
        return fit(text, width, true);
    }

    private static String fit(String text, int width, boolean keepEnd) {
        String safe = printable(text);
        int columns = width(safe);
        if (columns <= width) {
            return safe + " ".repeat(width - columns);
        }
        int[] codePoints = safe.codePoints().toArray();
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int n = 0; n < codePoints.length; n++) {
            int codePoint = codePoints[keepEnd ? codePoints.length - 1 - n : n];
            int w = columns(codePoint);
            if (used + w > width - 1) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += w;
        }
        String padding = " ".repeat(width - 1 - used);
        if (keepEnd) {
            return ELLIPSIS + kept.reverse() + padding;
        }
        return kept + ELLIPSIS + padding;
    }

    static int width(String text) {
        return text.codePoints().map(ExtractTerminalText::columns).sum();
    }

    /** East Asian wide and fullwidth ranges take two columns (Unicode UAX #11, main blocks). */
    private static int columns(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
                || (codePoint >= 0x1F300 && codePoint <= 0x1FAFF)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
