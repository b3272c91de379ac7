package org.citewatch.extract;

import org.citewatch.url.Ascii;

/**
 * MediaWiki's external-link syntax at the character level: which schemes start a link, which
 * characters a URL may hold, where it stops.
 */
final class LinkSyntax {

    /** MediaWiki's default {@code $wgUrlProtocols} written with {@code //}. */
    private static final String[] SLASH_SCHEMES = {
        "http",
        "https",
        "ftp",
        "ftps",
        "sftp",
        "git",
        "gopher",
        "irc",
        "ircs",
        "mms",
        "nntp",
        "redis",
        "ssh",
        "svn",
        "telnet",
        "worldwind"
    };

    /** MediaWiki's default {@code $wgUrlProtocols} written with a colon only. */
    private static final String[] COLON_SCHEMES = {
        "mailto", "news", "urn", "xmpp", "sip", "sips", "sms", "tel", "geo", "magnet", "bitcoin", "matrix"
    };

    private static final int LONGEST_SCHEME = 9;

    private LinkSyntax() {}

    /**
     * If {@code a[schemeStart, colon)} is a link scheme and {@code a[colon]} its colon, the offset where
     * the address after {@code :} or {@code ://} starts; else -1. The address must start with a URL
     * character.
     */
    static int addressStart(char[] a, int schemeStart, int colon, int limit) {
        int length = colon - schemeStart;
        if (length < 3 || length > LONGEST_SCHEME) {
            return -1;
        }
        int address = -1;
        if (colon + 2 < limit
                && a[colon + 1] == '/'
                && a[colon + 2] == '/'
                && matches(a, schemeStart, length, SLASH_SCHEMES)) {
            address = colon + 3;
        } else if (matches(a, schemeStart, length, COLON_SCHEMES)) {
            address = colon + 1;
        }
        return address >= 0 && address < limit && isUrlChar(a[address]) ? address : -1;
    }

    /**
     * Whether {@code a} from {@code from} (after spaces) starts with a URL protocol, {@code //} included:
     * MediaWiki's test for a wikilink target that must not be a wikilink.
     */
    static boolean startsWithProtocol(char[] a, int from, int limit) {
        int i = from;
        while (i < limit && a[i] == ' ') {
            i++;
        }
        if (i + 1 < limit && a[i] == '/' && a[i + 1] == '/') {
            return true;
        }
        int colon = i;
        while (colon < limit && colon - i <= LONGEST_SCHEME && Ascii.isLetter(a[colon])) {
            colon++;
        }
        return colon < limit && a[colon] == ':' && addressStart(a, i, colon, limit) >= 0;
    }

    private static boolean matches(char[] a, int start, int length, String[] schemes) {
        for (String scheme : schemes) {
            if (scheme.length() == length && equalsIgnoreAsciiCase(a, start, scheme)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsIgnoreAsciiCase(char[] a, int start, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if ((a[start + k] | 0x20) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * End of the URL characters from {@code from}: MediaWiki's class {@code [^][<>"\x00-\x20\x7F\p{Zs}
     * \x{FFFD}]}, also stopping at {@code ''} (italics), {@code {{} (a template) and, inside a template,
     * {@code |}.
     */
    static int urlEnd(char[] a, int from, int to, boolean inTemplate) {
        int i = from;
        while (i < to) {
            char c = a[i];
            if (!isUrlChar(c)) {
                break;
            }
            if ((c == '\'' || c == '{') && i + 1 < to && a[i + 1] == c) {
                break;
            }
            if (c == '|' && inTemplate) {
                break;
            }
            i++;
        }
        return i;
    }

    /**
     * {@code end}, or less when the URL from {@code urlStart} ends a heading line ({@code ==http://x==}):
     * MediaWiki makes the heading before it reads links, so the closing {@code =}s (as many as open the
     * line, at most 6) are not part of the URL.
     */
    static int beforeHeadingClose(char[] a, int urlStart, int end) {
        if (end == urlStart || a[end - 1] != '=') {
            return end;
        }
        int after = end;
        while (after < a.length && (a[after] == ' ' || a[after] == '\t')) {
            after++;
        }
        if (after < a.length && a[after] != '\n' && a[after] != '\r') {
            return end;
        }
        int lineStart = urlStart;
        while (lineStart > 0 && a[lineStart - 1] != '\n') {
            lineStart--;
        }
        int opening = 0;
        while (lineStart + opening < urlStart && opening < 6 && a[lineStart + opening] == '=') {
            opening++;
        }
        int closing = 0;
        while (closing < opening && end - closing - 1 > urlStart && a[end - closing - 1] == '=') {
            closing++;
        }
        return end - closing;
    }

    static boolean isUrlChar(char c) {
        if (c < 0x80) {
            return c > 0x20 && c != 0x7F && c != '[' && c != ']' && c != '<' && c != '>' && c != '"';
        }
        return c != 0xFFFD && Character.getType(c) != Character.SPACE_SEPARATOR;
    }

    /**
     * A letter, digit or {@code _} in Unicode: MediaWiki's {@code \b} before a free link, so a URL
     * glued to a preceding word (including CJK text) is not a link.
     */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return Ascii.isLetterOrDigit(c) || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    /** Unicode space other than newline, as MediaWiki allows between a bracketed URL and its text. */
    static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\t' || (c >= 0x80 && Character.getType(c) == Character.SPACE_SEPARATOR);
    }
}
