package org.citewatch.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One template transclusion {@code {{name|a|key=value}}} in a masked document.
 *
 * @param start offset of the opening {@code {{}
 * @param end offset just after the closing {@code }}}
 * @param name the name as written, trimmed
 * @param params the parameters in order
 */
record TemplateCall(int start, int end, String name, List<Param> params) {

    /**
     * One parameter: {@code key=value}, or a positional value (named {@code 1}, {@code 2}, ...).
     *
     * @param name the key as written, trimmed, or the position for a positional parameter
     * @param valueStart offset of the value's first character
     * @param valueEnd offset just after the value
     */
    record Param(String name, boolean named, int valueStart, int valueEnd) {}

    private static final String[] POSITIONS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    private static String position(int n) {
        return n < POSITIONS.length ? POSITIONS[n] : Integer.toString(n);
    }

    /**
     * Splits the template whose braces are at {@code start} and {@code close} into name and
     * parameters: a {@code |} separates them unless it is inside a nested template, a {@code [[...]]}
     * link or a {@code <ref>}; the first {@code =} outside those makes a parameter named.
     */
    static TemplateCall parse(char[] a, int start, int close, RefIndex refs, TemplateBraces braces) {
        List<Param> params = new ArrayList<>();
        String name = null;
        int segmentStart = start + 2;
        int equals = -1;
        int links = 0;
        int positional = 0;
        int i = segmentStart;
        while (i <= close) {
            char c = i < close ? a[i] : '|';
            if (c == '{' && i + 1 < close && a[i + 1] == '{') {
                int nested = braces.closeOf(i);
                i = nested > i && nested < close ? nested + 2 : i + 2;
                continue;
            }
            if (c == '<') {
                int ref = refs.at(i);
                i = ref != RefIndex.NONE && refs.paired(ref) && refs.closeEnd(ref) <= close
                        ? refs.closeEnd(ref)
                        : i + 1;
                continue;
            }
            if (c == '[' && i + 1 < close && a[i + 1] == '[') {
                links++;
                i += 2;
                continue;
            }
            if (c == ']' && links > 0 && i + 1 < close && a[i + 1] == ']') {
                links--;
                i += 2;
                continue;
            }
            if (c == '=' && equals < 0 && links == 0 && name != null) {
                equals = i;
            } else if (c == '|' && (links == 0 || i == close)) {
                if (name == null) {
                    name = trimmed(a, segmentStart, i);
                } else if (equals >= 0) {
                    String key = trimmed(a, segmentStart, equals);
                    params.add(new Param(key, true, equals + 1, i));
                } else {
                    params.add(new Param(position(++positional), false, segmentStart, i));
                }
                segmentStart = i + 1;
                equals = -1;
            }
            i++;
        }
        return new TemplateCall(start, close + 2, name, params);
    }

    /** {@code a[from, to)} without surrounding whitespace, as {@link String#strip()} would give, in one copy. */
    private static String trimmed(char[] a, int from, int to) {
        int start = TextSpans.skipSpace(a, from, to);
        return new String(a, start, TextSpans.trimEnd(a, start, to) - start);
    }
}
