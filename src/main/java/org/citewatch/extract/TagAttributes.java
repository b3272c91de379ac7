package org.citewatch.extract;

import java.util.Locale;

/**
 * The {@code name} and {@code group} attributes of a {@code <ref>} tag, written {@code name=x},
 * {@code name="x"} or {@code name = 'x'}.
 *
 * @param name the ref's name, or {@code null}
 * @param group the ref's group, or {@code null}
 */
record TagAttributes(String name, String group) {

    /** Parses the attributes in {@code a[from, to)}. */
    static TagAttributes parse(char[] a, int from, int to) {
        String name = null;
        String group = null;
        int i = from;
        while (i < to) {
            while (i < to && !UrlNormalizer.isAsciiLetter(a[i])) {
                i++;
            }
            int keyStart = i;
            while (i < to && (UrlNormalizer.isAsciiLetterOrDigit(a[i]) || a[i] == '-' || a[i] == '_')) {
                i++;
            }
            String key = new String(a, keyStart, i - keyStart).toLowerCase(Locale.ROOT);
            i = skipSpaces(a, i, to);
            if (i >= to || a[i] != '=') {
                continue;
            }
            i = skipSpaces(a, i + 1, to);
            int valueStart;
            int valueEnd;
            if (i < to && (a[i] == '"' || a[i] == '\'')) {
                char quote = a[i];
                valueStart = i + 1;
                valueEnd = valueStart;
                while (valueEnd < to && a[valueEnd] != quote) {
                    valueEnd++;
                }
                i = Math.min(to, valueEnd + 1);
            } else {
                valueStart = i;
                valueEnd = i;
                while (valueEnd < to && !Character.isWhitespace(a[valueEnd])) {
                    valueEnd++;
                }
                i = valueEnd;
            }
            String value = new String(a, valueStart, valueEnd - valueStart).strip();
            if (value.isEmpty()) {
                continue;
            }
            if (key.equals("name")) {
                name = value;
            } else if (key.equals("group")) {
                group = value;
            }
        }
        return new TagAttributes(name, group);
    }

    private static int skipSpaces(char[] a, int i, int to) {
        while (i < to && Character.isWhitespace(a[i])) {
            i++;
        }
        return i;
    }
}
