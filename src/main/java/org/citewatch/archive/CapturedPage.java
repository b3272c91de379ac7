package org.citewatch.archive;

import java.time.Instant;
import java.util.Objects;

/**
 * What an archived page said about itself: the counterpart of a live page's digest, read from one
 * replay of a capture.
 *
 * @param url the public replay URL of the capture ({@code https://web.archive.org/web/<14 digits>/<original>})
 * @param capturedAt when the capture was made
 * @param title the page title as written; empty without one
 * @param heading the main heading ({@code h1}, else the first {@code h2}); empty without one
 * @param text the opening of the visible text, at most {@value #MAX_TEXT} characters
 */
public record CapturedPage(String url, Instant capturedAt, String title, String heading, String text) {

    /** As much text as a live page's digest keeps, so that the two compare alike. */
    public static final int MAX_TEXT = 600;

    public CapturedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }
}
