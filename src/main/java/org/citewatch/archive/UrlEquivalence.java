package org.citewatch.archive;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an archive's original URL and a citation's URL name the same page. The archives
 * match http and https, {@code www.} and default ports interchangeably, so a difference there is not
 * a mismatch; neither is host case, a trailing slash, a fragment or the order of query parameters.
 */
final class UrlEquivalence {

    private static final Pattern PARTS =
            Pattern.compile("(?i)^(?:(?:[a-z][a-z0-9+.-]*:)?//)?([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#.*)?$");

    private UrlEquivalence() {}

    static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    /** The comparison key: lower-case host without {@code www.} or default port, path, sorted query. */
    static String key(String url) {
        Matcher m = PARTS.matcher(url.strip());
        if (!m.matches()) {
            return url.strip();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        host = host.substring(host.lastIndexOf('@') + 1);
        host = host.replaceFirst(":(?:80|443)$", "").replaceFirst("\\.$", "");
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = m.group(2);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = m.group(3) == null ? "" : sortedQuery(m.group(3));
        return host + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String sortedQuery(String query) {
        String[] params = Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty())
                .sorted()
                .toArray(String[]::new);
        return String.join("&", params);
    }
}
