package org.citewatch.check;

/**
 * How many times each tag a {@link PageSample} is made from is opened in a page's source: {@code
 * <h1}, {@code <h2}, {@code <script}, {@code <iframe}, {@code <frame}, {@code <link}, {@code <base}
 * and {@code <title}, in any letter case.
 *
 * <p>A count is an upper bound on the elements of that name a parse can make: jsoup makes one of
 * these only from a tag that opens it (the elements it clones or invents are formatting elements,
 * {@code html}, {@code head}, {@code body} and table parts). Openings inside scripts, comments or
 * attribute values are counted too, and a longer name that starts the same ({@code <frameset},
 * {@code <h10}) as well; both only make the count higher, so a walk that compares it with the
 * elements it has met stops later, never too early.
 */
record TagOpenings(int h1, int h2, int embeds, int links, int bases, int titles) {

    /** Counts the openings in a page's characters, in one pass. */
    static TagOpenings in(String html) {
        int h1 = 0;
        int h2 = 0;
        int embeds = 0;
        int links = 0;
        int bases = 0;
        int titles = 0;
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            if (opens(html, at, "h1")) {
                h1++;
            } else if (opens(html, at, "h2")) {
                h2++;
            } else if (opens(html, at, "script") || opens(html, at, "iframe") || opens(html, at, "frame")) {
                embeds++;
            } else if (opens(html, at, "link")) {
                links++;
            } else if (opens(html, at, "base")) {
                bases++;
            } else if (opens(html, at, "title")) {
                titles++;
            }
        }
        return new TagOpenings(h1, h2, embeds, links, bases, titles);
    }

    /** Whether {@code name} (lower case) follows the {@code <} at {@code at}, in any letter case. */
    private static boolean opens(String html, int at, String name) {
        if (at + name.length() >= html.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            // Character.toLowerCase as jsoup lower-cases tag names: the Kelvin sign reads as 'k'
            if (Character.toLowerCase(html.charAt(at + 1 + i)) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
