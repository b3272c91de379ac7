package org.citewatch.url;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Normalizes cited URLs so that each is checked once per run, and knows where MediaWiki ends a bare
 * URL.
 *
 * <p>Normalization of an http(s) URL: HTML entities decoded ({@code &amp;}, {@code &#38;},
 * {@code &#x26;}, named ones), protocol-relative {@code //host} read as https, scheme and host
 * lower-cased, an IDN host converted to punycode, the default port dropped, an empty path made
 * {@code /}, characters not allowed in a URL (non-ASCII, space, {@code "<>\^`{|}[]}) percent-encoded as
 * UTF-8 without re-encoding an existing {@code %XX} (whose hex digits are upper-cased), and the
 * fragment dropped. Nothing else is changed: query order, trailing slashes and {@code www.} are
 * significant to servers.
 */
public final class UrlNormalizer {

    /** {@link NormalizedUrl#skipReason()} of a URL whose scheme is not http or https. */
    public static final String UNSUPPORTED_SCHEME = "UNSUPPORTED_SCHEME";

    /** {@link NormalizedUrl#skipReason()} of text that is not a usable URL. */
    public static final String MALFORMED_URL = "MALFORMED_URL";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlNormalizer() {}

    /**
     * Normalizes a URL as written in a document (entities still encoded, whitespace trimmed).
     *
     * @param url the URL as written; never {@code null}
     * @return the normalized URL, or the trimmed input with a skip reason ({@link #UNSUPPORTED_SCHEME},
     *     {@link #MALFORMED_URL}); never throws
     */
    public static NormalizedUrl normalize(String url) {
        String trimmed = url.strip();
        String decoded = HtmlEntities.decode(trimmed).strip();
        if (decoded.startsWith("//")) {
            decoded = "https:" + decoded;
        }
        int colon = schemeEnd(decoded);
        if (colon < 0) {
            return new NormalizedUrl(trimmed, MALFORMED_URL);
        }
        String scheme = decoded.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new NormalizedUrl(trimmed, UNSUPPORTED_SCHEME);
        }
        String value = normalizeHierarchical(scheme, decoded, colon + 1);
        return value == null ? new NormalizedUrl(trimmed, MALFORMED_URL) : new NormalizedUrl(value, null);
    }

    /**
     * Applies MediaWiki's rules for where a free (bare) external link ends to a run of URL
     * characters: the text from an {@code &lt;}, {@code &gt;} or {@code &nbsp;} entity on is cut, then
     * trailing {@code , ; . : ! ?} are cut, and so is a trailing {@code )} that has no {@code (} to
     * match (MediaWiki keeps every {@code )} once the URL has a {@code (}; counting them also gets
     * {@code (see http://x/F_(b))} right). A {@code ;} that ends an HTML entity ({@code &amp;}) is kept.
     *
     * @param candidate the characters MediaWiki's URL character class accepted after the scheme
     * @return the part that MediaWiki links (possibly just the scheme, which callers should ignore)
     */
    public static String trimFreeLink(String candidate) {
        String url = cutAtEntity(candidate);
        int open = count(url, '(');
        int close = count(url, ')');
        int end = url.length();
        while (end > 0) {
            char last = url.charAt(end - 1);
            if (",;.:!?".indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && close > open) {
                close--;
                end--;
            } else {
                break;
            }
        }
        if (end < url.length() && url.charAt(end) == ';' && endsWithEntityName(url, end)) {
            end++;
        }
        return url.substring(0, end);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    private static String cutAtEntity(String url) {
        int amp = url.indexOf('&');
        while (amp >= 0) {
            if (url.startsWith("&lt;", amp) || url.startsWith("&gt;", amp) || url.startsWith("&nbsp;", amp)) {
                return url.substring(0, amp);
            }
            amp = url.indexOf('&', amp + 1);
        }
        return url;
    }

    /** Whether {@code url[..end)} ends with {@code &name} or {@code &#123} or {@code &#x1F}. */
    private static boolean endsWithEntityName(String url, int end) {
        int i = end;
        while (i > 0 && Ascii.isLetterOrDigit(url.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && (url.charAt(i - 1) == 'x' || url.charAt(i - 1) == 'X') && i > 1 && url.charAt(i - 2) == '#') {
            i--;
        }
        if (i > 0 && url.charAt(i - 1) == '#') {
            i--;
        }
        return i < end && i > 0 && url.charAt(i - 1) == '&';
    }

    /** Index of the ':' ending a syntactically valid scheme, or -1. */
    public static int schemeEnd(String s) {
        int n = s.length();
        if (n == 0 || !Ascii.isLetter(s.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!Ascii.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    private static String normalizeHierarchical(String scheme, String url, int afterColon) {
        if (!url.startsWith("//", afterColon)) {
            return null;
        }
        int authorityStart = afterColon + 2;
        int authorityEnd = authorityStart;
        while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = authority(scheme, url.substring(authorityStart, authorityEnd));
        if (authority == null) {
            return null;
        }
        int fragment = url.indexOf('#', authorityEnd);
        String rest = url.substring(authorityEnd, fragment < 0 ? url.length() : fragment);
        StringBuilder out =
                new StringBuilder(url.length() + 8).append(scheme).append("://").append(authority);
        if (rest.isEmpty() || rest.charAt(0) == '?') {
            out.append('/');
        }
        appendEncoded(out, rest);
        return out.toString();
    }

    private static String authority(String scheme, String authority) {
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        String host;
        String port = "";
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = hostPort.substring(0, close + 1).toLowerCase(Locale.ROOT);
            String after = hostPort.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                return null;
            }
            port = after.isEmpty() ? "" : after.substring(1);
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
            port = colon >= 0 ? hostPort.substring(colon + 1) : "";
            host = asciiHost(host);
            if (host == null) {
                return null;
            }
        }
        String effectivePort = port(scheme, port);
        if (effectivePort == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(authority.length() + 8);
        appendEncoded(out, userInfo);
        return out.append(host).append(effectivePort).toString();
    }

    /** The host in lower-case ASCII (punycode for IDN), or null when it is not a host name. */
    private static String asciiHost(String host) {
        String ascii = host;
        if (!isAscii(host)) {
            try {
                ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException notAHost) {
                return null;
            }
        }
        ascii = ascii.toLowerCase(Locale.ROOT);
        if (ascii.isEmpty()) {
            return null;
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (!Ascii.isLetterOrDigit(c) && c != '-' && c != '.' && c != '_') {
                return null;
            }
        }
        return ascii;
    }

    /** ":port", or "" for none or the default port, or null when the port is not a number. */
    private static String port(String scheme, String port) {
        if (port.isEmpty()) {
            return "";
        }
        if (port.length() > 5) {
            return null;
        }
        for (int i = 0; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return null;
            }
        }
        int number = Integer.parseInt(port);
        if (number == 0 || number > 65535) {
            return null;
        }
        boolean isDefault = (number == 80 && scheme.equals("http")) || (number == 443 && scheme.equals("https"));
        return isDefault ? "" : ":" + number;
    }

    /** Appends {@code s}, percent-encoding what a URL may not contain and upper-casing escapes. */
    private static void appendEncoded(StringBuilder out, String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 < n && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                    out.append('%')
                            .append(Character.toUpperCase(s.charAt(i + 1)))
                            .append(Character.toUpperCase(s.charAt(i + 2)));
                    i += 2;
                } else {
                    out.append("%25");
                }
            } else if (c < 0x80 && isAllowedAscii(c)) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))
                        ? i + 2
                        : i + 1;
                for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
                i = end - 1;
            }
        }
    }

    /**
     * RFC 3986 unreserved and reserved characters, but {@code [} and {@code ]}: outside an IPv6 host they
     * only reach a URL through a character reference ({@code &#x5B;}), and MediaWiki percent-encodes them.
     */
    private static boolean isAllowedAscii(char c) {
        return Ascii.isLetterOrDigit(c) || "-._~:/?#@!$&'()*+,;=".indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
