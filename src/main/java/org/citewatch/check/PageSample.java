package org.citewatch.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

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

    /** Compiled once: normalizing runs for every page checked. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Normalizes text the way phrases are compared. */
    static String normalize(String s) {
        String text = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u00a0', ' ');
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
