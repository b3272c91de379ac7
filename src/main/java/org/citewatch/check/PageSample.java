package org.citewatch.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the first bytes of an HTML page say, normalized for phrase matching (lower case, single
 * spaces, straight apostrophes).
 *
 * @param title the page title, normalized; empty without one
 * @param rawTitle the title as written, for evidence
 * @param headings the main headings ({@code h1}, else the first {@code h2}), normalized
 * @param text the visible text, normalized
 * @param embeds script and frame sources (where parking services show up)
 * @param canonical the absolute URL of {@code <link rel=canonical>}, empty without one (tells a home
 *     page served under another address)
 */
record PageSample(
        String title, String rawTitle, List<String> headings, String text, List<String> embeds, String canonical) {

    PageSample {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rawTitle, "rawTitle");
        headings = List.copyOf(headings);
        Objects.requireNonNull(text, "text");
        embeds = List.copyOf(embeds);
        Objects.requireNonNull(canonical, "canonical");
    }

    /**
     * Normalizes text the way phrases are compared: lower case, straight apostrophes, runs of spaces
     * (ASCII whitespace and no-break spaces) as one space, no space at either end. One pass over the
     * lower-cased text: it runs on every page's title, headings and text sample, and a regex
     * replacement there was an eighth of all the bytes an audit allocated (issue 16).
     */
    static String normalize(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            out.append(c == '\u2019' ? '\'' : c);
        }
        return out.toString().strip();
    }

    /** What the regex {@code \s} matches, and the no-break space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || (c >= '\t' && c <= '\r');
    }
}
