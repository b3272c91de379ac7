package org.citewatch.url;

import org.jsoup.nodes.Entities;

/**
 * Decodes the HTML character references of a URL as written in wikitext: {@code &amp;}, {@code &#38;},
 * {@code &#x26;} and every HTML5 named one. Only references closed by {@code ;} are decoded, so a
 * query such as {@code ?a=1&copy=2} stays as it is.
 */
public final class HtmlEntities {

    /** Longer names do not exist; stops a scan for ';' from running along a long query string. */
    private static final int LONGEST_NAME = 32;

    private HtmlEntities() {}

    public static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        while (amp >= 0) {
            int semicolon = s.indexOf(';', amp + 1);
            String decoded = semicolon > amp + 1 && semicolon - amp <= LONGEST_NAME
                    ? reference(s.substring(amp + 1, semicolon))
                    : null;
            if (decoded != null) {
                out.append(s, copied, amp).append(decoded);
                copied = semicolon + 1;
            }
            amp = s.indexOf('&', decoded != null ? semicolon + 1 : amp + 1);
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** The text of {@code #38}, {@code #x26} or {@code amp}, or null when it is no reference. */
    private static String reference(String body) {
        if (body.charAt(0) != '#') {
            String named = Entities.getByName(body);
            return named.isEmpty() ? null : named;
        }
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        String digits = body.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 7) {
            return null;
        }
        int codePoint = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), hex ? 16 : 10);
            if (digit < 0) {
                return null;
            }
            codePoint = codePoint * (hex ? 16 : 10) + digit;
        }
        return Character.isValidCodePoint(codePoint) && codePoint != 0
                ? new String(Character.toChars(codePoint))
                : null;
    }
}
