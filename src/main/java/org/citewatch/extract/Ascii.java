package org.citewatch.extract;

/** ASCII character classes; wikitext syntax and URL schemes are ASCII, text around them is not. */
final class Ascii {

    private Ascii() {}

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isLetterOrDigit(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }
}
