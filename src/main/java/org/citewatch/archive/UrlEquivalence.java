package org.citewatch.archive;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether an archive's original URL and a citation's URL name the same page, by the rules the
 * Wayback Machine itself uses to file captures (its SURT canonicalisation, from the Internet
 * Archive's {@code IAURLCanonicalizer} and the Google-style canonicaliser it runs first). Two URLs
 * are one page when their {@link #key keys} are equal:
 *
 * <ul>
 *   <li>the scheme, user info, fragment and a default port (80, 443) are ignored;
 *   <li>the host is percent-decoded, lower-cased, IDN-encoded, stripped of surrounding or doubled dots
 *       and of a leading {@code www.} (or {@code www2.}, ...);
 *   <li>the path is percent-decoded repeatedly and re-encoded once (so {@code %28} is {@code (} and
 *       {@code %3Bjsessionid%3D} is {@code ;jsessionid=}), dot segments and empty segments
 *       ({@code //}) are collapsed, a trailing slash is dropped, and it is case-folded, as the
 *       Wayback Machine files {@code Index.aspx} and {@code index.aspx} as one page;
 *   <li>session ids are dropped: {@code ;jsessionid=...} in the path, ASP.NET's {@code (S(...))}
 *       path segment, and {@code jsessionid}, {@code phpsessid}, {@code sid}, {@code aspsessionid*},
 *       {@code cfid}/{@code cftoken} query parameters;
 *   <li>the query is decoded and re-encoded like the path (so {@code +} and {@code %2B} are one),
 *       case-folded, its parameters sorted, and an empty query dropped.
 * </ul>
 *
 * Another host or another path stays another page ({@code eia.doe.gov/emeu/cabs/Oil.html} is not
 * {@code eia.gov/countries/}), and so does another port.
 */
final class UrlEquivalence {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern WWW = Pattern.compile("^www\\d*\\.");
    /** {@code ;jsessionid=...} (Java servlets) up to the next path or query delimiter. */
    private static final Pattern PATH_JSESSIONID = Pattern.compile("(?i);jsessionid=[^/?]*");
    /** ASP.NET cookieless sessions: {@code /(S(24 chars))/} or {@code /(24 chars)/} before an .aspx page. */
    private static final Pattern PATH_ASPX_SESSION = Pattern.compile(
            "(?i)/\\((?:[a-z]\\([0-9a-z]{24}\\))+\\)(?=/[^?]*\\.aspx)|/\\([0-9a-z]{24}\\)(?=/[^?]*\\.aspx)");
    /** Query parameters that only carry a session, as the archive's canonicaliser drops them. */
    private static final Pattern QUERY_SESSION = Pattern.compile(
            "(?i)^(?:jsessionid|phpsessid|cfid|cftoken|aspsessionid[a-z]{8})(?:=.*)?$|^sid=[0-9a-z]{32}$");
    /** Percent-decoding stops after this many rounds: {@code %2525...} cannot grow forever, but a page can be hostile. */
    private static final int MAX_DECODE_ROUNDS = 8;

    private UrlEquivalence() {}

    static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    /** The canonical form: host, path and query as the archive files them, without scheme. */
    static String key(String url) {
        String rest = url.strip();
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        java.util.regex.Matcher scheme = SCHEME.matcher(rest);
        if (scheme.find() && rest.startsWith("//", scheme.end())) {
            rest = rest.substring(scheme.end());
        }
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        int authorityEnd = indexOfAny(rest, "/?");
        String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
        String afterAuthority = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
        int question = afterAuthority.indexOf('?');
        String path = question < 0 ? afterAuthority : afterAuthority.substring(0, question);
        String query = question < 0 ? "" : afterAuthority.substring(question + 1);
        String canonicalQuery = query(query);
        return host(authority) + path(path) + (canonicalQuery.isEmpty() ? "" : "?" + canonicalQuery);
    }

    private static String host(String authority) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int portColon = hostPort.lastIndexOf(':');
        if (portColon >= 0 && portColon > hostPort.lastIndexOf(']')) {
            String port = hostPort.substring(portColon + 1);
            if (port.isEmpty() || port.equals("80") || port.equals("443")) {
                hostPort = hostPort.substring(0, portColon);
            }
        }
        String host = decodeRepeatedly(hostPort).toLowerCase(Locale.ROOT);
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException notAnIdn) {
            // kept as decoded: compared as written on both sides
        }
        while (host.contains("..")) {
            host = host.replace("..", ".");
        }
        host = stripDots(host);
        return WWW.matcher(host).replaceFirst("");
    }

    private static String path(String rawPath) {
        String decoded = decodeRepeatedly(rawPath);
        decoded = PATH_ASPX_SESSION.matcher(decoded).replaceAll("");
        decoded = PATH_JSESSIONID.matcher(decoded).replaceAll("");
        Deque<String> kept = new ArrayDeque<>();
        for (String segment : decoded.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                kept.pollLast();
            } else {
                kept.addLast(segment);
            }
        }
        return asciiLower(encodeOnce("/" + String.join("/", kept)));
    }

    private static String query(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        List<String> params = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            String canonical = asciiLower(encodeOnce(decodeRepeatedly(param)));
            if (!canonical.isEmpty() && !QUERY_SESSION.matcher(canonical).matches()) {
                params.add(canonical);
            }
        }
        params.sort(null);
        return String.join("&", params);
    }

    /** Percent-decodes (UTF-8, {@code +} stays a plus) until nothing changes, as the archive does. */
    private static String decodeRepeatedly(String text) {
        String current = text;
        for (int round = 0; round < MAX_DECODE_ROUNDS && current.indexOf('%') >= 0; round++) {
            String next = OriginalUrls.percentDecode(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** Escapes what is outside printable ASCII, and {@code %} and {@code #}, once (upper-case hex). */
    private static String encodeOnce(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || c == '%' || c == '#') {
                out.write('%');
                out.write(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.write(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static String asciiLower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    private static String stripDots(String host) {
        int start = 0;
        int end = host.length();
        while (start < end && host.charAt(start) == '.') {
            start++;
        }
        while (end > start && host.charAt(end - 1) == '.') {
            end--;
        }
        return host.substring(start, end);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
