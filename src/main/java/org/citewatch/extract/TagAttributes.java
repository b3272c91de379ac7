package org.citewatch.extract;

import org.citewatch.url.Ascii;

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
            while (i < to && !Ascii.isLetter(a[i])) {
                i++;
            }
            int keyStart = i;
            while (i < to && (Ascii.isLetterOrDigit(a[i]) || a[i] == '-' || a[i] == '_')) {
                i++;
            }
            int keyLength = i - keyStart;
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
            if (keyLength == 4 && is(a, keyStart, "name")) {
                name = value;
            } else if (keyLength == 5 && is(a, keyStart, "group")) {
                group = value;
            }
        }
        return new TagAttributes(name, group);
    }

    private static boolean is(char[] a, int at, String lowerName) {
        for (int k = 0; k < lowerName.length(); k++) {
            if ((a[at + k] | 0x20) != lowerName.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(char[] a, int i, int to) {
        while (i < to && Character.isWhitespace(a[i])) {
            i++;
        }
        return i;
    }
}
