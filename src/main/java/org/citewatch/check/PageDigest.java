package org.citewatch.check;

import java.util.Objects;
import java.util.Optional;

/**
 * What an ALIVE page says about itself, kept with its check so that later steps (content drift,
 * usurped domains) can compare it with the citation without fetching the page again. Bounded: a
 * few hundred characters per page, whatever the page's size.
 *
 * @param title the page title as written, clipped to {@link #MAX_TITLE}; empty without one
 * @param heading the main heading ({@code h1}, else the first {@code h2}), normalized (lower case,
 *     single spaces), clipped to {@link #MAX_TITLE}; empty without one
 * @param text the opening of the visible text, normalized, clipped to {@link #MAX_TEXT}
 */
public record PageDigest(String title, String heading, String text) {

    /** Titles and headings longer than this are boilerplate or spam; the start says what the page is. */
    public static final int MAX_TITLE = 300;

    /** Enough text to tell a page's language and topic; little enough to keep for every alive link. */
    public static final int MAX_TEXT = 600;

    public PageDigest {
        title = clip(Objects.requireNonNull(title, "title"), MAX_TITLE);
        heading = clip(Objects.requireNonNull(heading, "heading"), MAX_TITLE);
        text = clip(Objects.requireNonNull(text, "text"), MAX_TEXT);
    }

    /** The digest of a sampled page. */
    static PageDigest of(PageSample page) {
        return new PageDigest(
                page.rawTitle(),
                page.headings().isEmpty() ? "" : page.headings().get(0),
                page.text());
    }

    /** A digest from stored columns; empty when the check kept none (not ALIVE, not HTML, or older). */
    public static Optional<PageDigest> stored(String title, String heading, String text) {
        if (title == null && heading == null && text == null) {
            return Optional.empty();
        }
        return Optional.of(
                new PageDigest(title == null ? "" : title, heading == null ? "" : heading, text == null ? "" : text));
    }

    private static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        // never cut a surrogate pair in half: the database would store a broken character
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
