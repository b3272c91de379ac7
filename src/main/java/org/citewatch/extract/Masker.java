package org.citewatch.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.citewatch.url.Ascii;

/**
 * First pass over a document: blanks out what is not wikitext (HTML comments, {@code <nowiki>},
 * {@code <pre>}, ... ) so that later passes never see links or braces in it, and records the
 * {@code <ref>} tags.
 *
 * <p>Blanked text becomes spaces of the same length, so offsets stay those of the original text.
 * As in MediaWiki, an unclosed comment hides the rest of the page, while an unclosed {@code <nowiki>}
 * (or other ignored tag) is plain text.
 *
 * <p>Inclusion tags are read as the page itself shows them (MediaWiki's preprocessor removes them
 * before it reads links): {@code <noinclude>} and {@code <onlyinclude>} tags vanish and their content
 * stays, {@code <includeonly>} vanishes with its content (unclosed, with the rest of the page). What
 * vanishes becomes {@link #REMOVED}, which a URL runs through and leaves out
 * ({@code http://x/<noinclude>a</noinclude>} is {@code http://x/a}).
 */
final class Masker {

    /** Stands for text the page does not show; never in real text (a Unicode noncharacter). */
    static final char REMOVED = '\uFFFF';

    private static final String INCLUDE_ONLY = "includeonly";
    private static final String[] VANISHING_TAGS = {"noinclude", "onlyinclude"};

    private final List<String> ignoredTags = new ArrayList<>();
    private final int longestTag;

    Masker(List<String> ignoredTags) {
        int longest = INCLUDE_ONLY.length();
        for (String tag : ignoredTags) {
            String name = tag.strip().toLowerCase(Locale.ROOT);
            this.ignoredTags.add(name);
            longest = Math.max(longest, name.length());
        }
        this.longestTag = longest;
    }

    /** Returns the masked copy of {@code text}; its ref tags go into {@code refs}. */
    char[] mask(String text, RefIndex refs, WarningLog warnings) {
        char[] a = text.toCharArray();
        // String.indexOf(char) is vectorized by the JIT; text and a agree at and after i, since
        // blanking only ever covers what lies behind the new i.
        int i = text.indexOf('<');
        while (i >= 0) {
            i = text.indexOf('<', atAngle(text, a, i, refs, warnings));
        }
        refs.finish(warnings);
        return a;
    }

    /** Handles what starts at the '<' at {@code i}; returns where scanning goes on. */
    private int atAngle(String text, char[] a, int i, RefIndex refs, WarningLog warnings) {
        int n = a.length;
        if (startsWith(a, i, "<!--")) {
            int close = text.indexOf("-->", i + 4);
            int end = close < 0 ? n : close + 3;
            if (close < 0) {
                warnings.warn(i, "unclosed HTML comment hides the rest of the page");
            }
            Arrays.fill(a, i, end, ' ');
            return end;
        }
        boolean closing = i + 1 < n && a[i + 1] == '/';
        int nameStart = closing ? i + 2 : i + 1;
        int nameEnd = nameStart;
        while (nameEnd < n && nameEnd - nameStart <= longestTag && Ascii.isLetterOrDigit(a[nameEnd])) {
            nameEnd++;
        }
        if (nameEnd == nameStart || nameEnd - nameStart > longestTag || !endsTagName(a, nameEnd)) {
            return i + 1;
        }
        int inclusion = inclusionTag(a, i, nameStart, nameEnd, closing, warnings);
        if (inclusion >= 0) {
            return inclusion;
        }
        boolean ref = nameEnd - nameStart == 3 && regionMatchesIgnoreCase(a, nameStart, "ref");
        String name = ref ? "ref" : closing ? null : ignoredTag(a, nameStart, nameEnd);
        if (name == null) {
            return i + 1;
        }
        int gt = text.indexOf('>', nameEnd);
        if (gt < 0) {
            return i + 1;
        }
        boolean selfClosing = a[gt - 1] == '/';
        if (ref) {
            if (closing) {
                refs.close(i, gt + 1);
            } else {
                TagAttributes attributes = TagAttributes.parse(a, nameEnd, selfClosing ? gt - 1 : gt);
                refs.tag(i, gt + 1, selfClosing, attributes.name(), attributes.group(), warnings);
            }
            return gt + 1;
        }
        int end = selfClosing ? gt + 1 : closeTagEnd(a, gt + 1, name);
        if (end < 0) {
            warnings.warn(i, "unclosed <" + name + "> is read as plain text");
            return gt + 1;
        }
        Arrays.fill(a, i, end, ' ');
        return end;
    }

    /**
     * Removes an inclusion tag at {@code i} ({@code <noinclude>}, {@code </onlyinclude>},
     * {@code <includeonly>...</includeonly>}); returns where scanning goes on, or -1 when it is none.
     */
    private static int inclusionTag(char[] a, int i, int nameStart, int nameEnd, boolean closing, WarningLog warnings) {
        int length = nameEnd - nameStart;
        boolean includeOnly = length == INCLUDE_ONLY.length() && regionMatchesIgnoreCase(a, nameStart, INCLUDE_ONLY);
        boolean vanishing = false;
        for (String tag : VANISHING_TAGS) {
            vanishing |= length == tag.length() && regionMatchesIgnoreCase(a, nameStart, tag);
        }
        if (!includeOnly && !vanishing) {
            return -1;
        }
        int gt = nameEnd;
        while (gt < a.length && a[gt] != '>' && a[gt] != '<') {
            gt++;
        }
        if (gt >= a.length || a[gt] != '>') {
            return -1;
        }
        int end = gt + 1;
        if (includeOnly && !closing && a[gt - 1] != '/') {
            end = closeTagEnd(a, gt + 1, INCLUDE_ONLY);
            if (end < 0) {
                warnings.warn(i, "unclosed <includeonly> hides the rest of the page");
                end = a.length;
            }
        }
        Arrays.fill(a, i, end, REMOVED);
        return end;
    }

    /** The ignored tag named by {@code a[start, end)}, without allocating for other tags. */
    private String ignoredTag(char[] a, int start, int end) {
        for (String tag : ignoredTags) {
            if (tag.length() == end - start && regionMatchesIgnoreCase(a, start, tag)) {
                return tag;
            }
        }
        return null;
    }

    private static boolean endsTagName(char[] a, int i) {
        return i < a.length && (a[i] == '>' || a[i] == '/' || Character.isWhitespace(a[i]));
    }

    /** End of the first {@code </name >} at or after {@code from}, case-insensitively, or -1. */
    private static int closeTagEnd(char[] a, int from, String name) {
        int i = indexOf(a, from, "</");
        while (i >= 0) {
            int p = i + 2;
            if (regionMatchesIgnoreCase(a, p, name)) {
                p += name.length();
                while (p < a.length && Character.isWhitespace(a[p])) {
                    p++;
                }
                if (p < a.length && a[p] == '>') {
                    return p + 1;
                }
            }
            i = indexOf(a, i + 2, "</");
        }
        return -1;
    }

    private static boolean regionMatchesIgnoreCase(char[] a, int at, String lowerName) {
        if (at + lowerName.length() > a.length) {
            return false;
        }
        for (int k = 0; k < lowerName.length(); k++) {
            if (Character.toLowerCase(a[at + k]) != lowerName.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(char[] a, int at, String s) {
        if (at + s.length() > a.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (a[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(char[] a, int from, String s) {
        char first = s.charAt(0);
        int last = a.length - s.length();
        for (int i = from; i <= last; i++) {
            if (a[i] == first && startsWith(a, i, s)) {
                return i;
            }
        }
        return -1;
    }
}
