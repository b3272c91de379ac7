package org.citewatch.check;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * What a URL looks like to a reader: a site's home page ({@code /}, {@code /index.html},
 * {@code /eng/index.do}, {@code /zh-cn/}, {@code /?lang=en}) or a deep link (a path below the home,
 * or any query that is not just a language choice). Shape alone decides only the plain cases;
 * {@link HomeRedirectJudge} asks the site for evidence in the others.
 */
final class HomeShapes {

    /** File names of home pages, with or without an extension: index.html, main.do, Default.aspx, home. */
    private static final Pattern HOME_FILE = Pattern.compile(
            "(index|default|home|homepage|main|start|welcome|portal|accueil|inicio|startseite)(\\.[a-z0-9]{1,6})?");

    /** A language or region segment: en, zh-cn, pt_BR, en-us. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}([-_][a-z0-9]{2,4})?");

    /** Three-letter and spelled-out language sections seen on government and company sites (mofa.go.kr: /eng/). */
    private static final Set<String> LANGUAGE_WORDS = Set.of(
            "eng",
            "kor",
            "chn",
            "chi",
            "zho",
            "jpn",
            "jap",
            "fra",
            "fre",
            "deu",
            "ger",
            "esp",
            "spa",
            "rus",
            "ara",
            "ita",
            "por",
            "vie",
            "tha",
            "ind",
            "tur",
            "pol",
            "nld",
            "dut",
            "swe",
            "ukr",
            "heb",
            "per",
            "fas",
            "english",
            "chinese",
            "japanese",
            "korean",
            "french",
            "german",
            "spanish",
            "russian",
            "arabic",
            "intl",
            "global",
            "international");

    /** Query parameters that only choose the language of the same page. */
    private static final Pattern LANGUAGE_PARAM = Pattern.compile("lang|language|locale|hl|lng|ln|lc|sitelang");

    private HomeShapes() {}

    /**
     * A home page by its shape alone: the root, a home file, a language section or a language
     * section's home file, with no query beyond a language choice.
     */
    static boolean isHome(HttpUrl url) {
        if (!onlyLanguageQuery(url)) {
            return false;
        }
        var segments = url.pathSegments().stream()
                .filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .toList();
        return switch (segments.size()) {
            case 0 -> true;
            case 1 -> isHomeFile(segments.get(0)) || isLanguage(segments.get(0));
            case 2 -> isLanguage(segments.get(0)) && isHomeFile(segments.get(1));
            default -> false;
        };
    }

    /** A deep link: anything that is not a home page by shape (a path below it, or a real query). */
    static boolean isDeep(HttpUrl url) {
        return !isHome(url);
    }

    /**
     * Shallow enough to be a home page that lives somewhere unusual ({@code /portal/site/main},
     * {@code /web/guest/home}, {@code /index.php?title=Main_Page}): worth asking the site.
     */
    static boolean isShallow(HttpUrl url) {
        long segments = url.pathSegments().stream().filter(s -> !s.isEmpty()).count();
        return segments <= 3 && url.querySize() <= 1;
    }

    /**
     * The same page under another spelling: scheme, {@code www.}, host case, a trailing slash, a
     * trailing home file ({@code /news/} and {@code /news/index.html}) and path case do not count.
     */
    static boolean samePage(HttpUrl a, HttpUrl b) {
        return bareHost(a.host()).equals(bareHost(b.host()))
                && (a.port() == b.port() || defaultPorts(a, b))
                && barePath(a).equals(barePath(b))
                && Objects.equals(a.query(), b.query());
    }

    /** Whether the host is one of the given services or a subdomain of one. */
    static boolean hostIn(String host, Set<String> hosts) {
        String h = bareHost(host);
        for (String service : hosts) {
            if (h.equals(service) || h.endsWith("." + service)) {
                return true;
            }
        }
        return false;
    }

    /** The root of the URL's host: {@code https://example.org/}. */
    static HttpUrl root(HttpUrl url) {
        return url.newBuilder().encodedPath("/").query(null).fragment(null).build();
    }

    static String bareHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    private static boolean defaultPorts(HttpUrl a, HttpUrl b) {
        return a.port() == HttpUrl.defaultPort(a.scheme()) && b.port() == HttpUrl.defaultPort(b.scheme());
    }

    private static String barePath(HttpUrl url) {
        StringBuilder path = new StringBuilder();
        var segments = url.pathSegments();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i).toLowerCase(Locale.ROOT);
            boolean last = i == segments.size() - 1;
            if (s.isEmpty() || (last && HOME_FILE.matcher(s).matches() && s.indexOf('.') > 0)) {
                continue;
            }
            path.append('/').append(s);
        }
        return path.toString();
    }

    private static boolean onlyLanguageQuery(HttpUrl url) {
        for (String name : url.queryParameterNames()) {
            if (!LANGUAGE_PARAM.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHomeFile(String segment) {
        return HOME_FILE.matcher(segment).matches();
    }

    private static boolean isLanguage(String segment) {
        return LANGUAGE.matcher(segment).matches() || LANGUAGE_WORDS.contains(segment);
    }
}
