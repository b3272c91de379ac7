package org.citewatch.check;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many times each tag a {@link PageSample} is made from is opened in a page's source: {@code
 * <h1}, {@code <h2}, {@code <script}, {@code <iframe}, {@code <frame}, {@code <link}, {@code <base}
 * and {@code <title}, in any letter case.
 *
 * <p>A count is an upper bound on the elements of that name a parse can make: jsoup makes one of
 * these only from a tag that opens it (the elements it clones or invents are formatting elements,
 * {@code html}, {@code head}, {@code body} and table parts). Openings inside scripts, comments or
 * attribute values are counted too, and longer names that start the same ({@code <frameset}, {@code
 * <h10}, and {@code <lin...} for links, as a Kelvin sign lower-cases to a {@code k}); all of that
 * only makes a count higher, so a walk that compares it with the elements it has met stops later,
 * never too early.
 */
record TagOpenings(int h1, int h2, int embeds, int links, int bases, int titles) {

    private static final String NAMES =
            "<h1<h2<script<iframe<frame<link<base<title<H1<H2<SCRIPT<IFRAME<FRAME<LINK<BASE";
    private static final Map<Charset, Boolean> ASCII_TAGS = new ConcurrentHashMap<>();

    /**
     * Counts the openings in a page's bytes, in one pass over them (as bytes where the charset
     * writes tags in ASCII, as nearly all do).
     */
    static TagOpenings in(byte[] html, int length, PageCharset encoding) {
        Charset charset = encoding.charset();
        if (ASCII_TAGS.computeIfAbsent(charset, TagOpenings::writesTagsInAscii)) {
            return in(html, encoding.skip(), length);
        }
        byte[] utf8 =
                new String(html, encoding.skip(), length - encoding.skip(), charset).getBytes(StandardCharsets.UTF_8);
        return in(utf8, 0, utf8.length);
    }

    /**
     * Counts the openings in ASCII-compatible bytes from {@code from} to {@code to}. The bytes are
     * searched as a Latin-1 string, whose {@code indexOf} is compiled code from the start: a loop of
     * ours over every byte ran in the interpreter for most of a loaded audit (it is called once per
     * page), a tenth of the whole process's samples in a flight recording (issue 16).
     */
    static TagOpenings in(byte[] html, int from, int to) {
        String source = new String(html, from, to - from, StandardCharsets.ISO_8859_1);
        int end = source.length() - 2;
        int h1 = 0;
        int h2 = 0;
        int embeds = 0;
        int links = 0;
        int bases = 0;
        int titles = 0;
        for (int at = source.indexOf('<'); at >= 0 && at < end; at = source.indexOf('<', at + 1)) {
            switch (source.charAt(at + 1) | 0x20) { // ASCII lower case, for letters
                case 'h' -> {
                    if (source.charAt(at + 2) == '1') {
                        h1++;
                    } else if (source.charAt(at + 2) == '2') {
                        h2++;
                    }
                }
                case 's' -> embeds += opens(source, at, "script");
                case 'i' -> embeds += opens(source, at, "iframe");
                case 'f' -> embeds += opens(source, at, "frame");
                case 'l' -> links += opens(source, at, "lin");
                case 'b' -> bases += opens(source, at, "base");
                case 't' -> titles += opens(source, at, "title");
                default -> {}
            }
        }
        return new TagOpenings(h1, h2, embeds, links, bases, titles);
    }

    /** 1 when {@code name} (lower case) follows the {@code <} at {@code at}, in any letter case. */
    private static int opens(String source, int at, String name) {
        if (at + name.length() >= source.length()) {
            return 0;
        }
        for (int i = 0; i < name.length(); i++) {
            if ((source.charAt(at + 1 + i) | 0x20) != name.charAt(i)) {
                return 0;
            }
        }
        return 1;
    }

    /** Whether the charset writes these tag names as their ASCII bytes (not so UTF-16 or EBCDIC). */
    private static boolean writesTagsInAscii(Charset charset) {
        return charset.canEncode() && Arrays.equals(NAMES.getBytes(charset), NAMES.getBytes(StandardCharsets.US_ASCII));
    }
}
