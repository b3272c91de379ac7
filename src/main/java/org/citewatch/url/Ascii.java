package org.citewatch.url;

/** ASCII character classes; wikitext syntax and URL schemes are ASCII, text around them is not. */
public final class Ascii {

    private Ascii() {}

    public static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static boolean isLetterOrDigit(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }
}
